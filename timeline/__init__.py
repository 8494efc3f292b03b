"""timeline: turn a pile of news articles into a dated, de-duplicated, source-traceable timeline.

>>> import timeline
>>> tl = timeline.extract(["Stocks fell on Tuesday.", Path("articles/")], published=date(2016, 10, 25))
>>> tl.to_csv(); tl.to_dataframe()

The public surface is ``__all__``: ``extract`` (the whole pipeline), ``tag`` (temporal expressions alone),
``anchors`` (documents with dated segments), ``plan`` and ``extract_to`` (what the command line uses), and the
frozen dataclasses of ``timeline.model`` that flow through them. Everything else is an implementation detail.
"""

from .api import Input, Inputs, anchors, extract, extract_to, plan, tag
from .model import Anchor, Document, Event, Mention, Segment, Source, Timeline
from .read import InputError, Skipped
from .temporal.rules.profiles import PROFILES, Profile

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "Document",
    "Event",
    "Input",
    "InputError",
    "Inputs",
    "Mention",
    "PROFILES",
    "Profile",
    "Segment",
    "Skipped",
    "Source",
    "Timeline",
    "__version__",
    "anchors",
    "extract",
    "extract_to",
    "plan",
    "tag",
]
