"""timeline: turn a pile of news articles into a dated, de-duplicated, source-traceable timeline."""

__version__ = "0.1.0"
