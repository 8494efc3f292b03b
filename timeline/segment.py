"""Document -> Segments: stretches of text that each have one writing date.

A file with one article is one segment. (Splitting concatenated articles, forum posts and comment blocks comes
with the documents issue.)
"""

from __future__ import annotations

from .model import Document, Segment


def split(doc: Document) -> tuple[Segment, ...]:
    return (Segment(0, len(doc.text)),)
