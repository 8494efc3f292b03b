"""Measuring is part of the product: each module scores one stage against a gold reading.

``tempeval`` (TIMEX3 recognition and values, TempEval-3 figures), ``anchors`` (document dating with dates withheld),
``events`` (event-time attachment against gold links), ``seeds`` (segments, segment dates and key events of the
seeds against a hand-made reading).
"""
