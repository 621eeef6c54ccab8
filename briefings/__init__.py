"""Briefings: find, attribute and index what officials say in news articles.

The engine is usable without Discord; it never imports ``discord``, ``bot`` or ``cogs``.
"""

__version__ = "0.1.0"
