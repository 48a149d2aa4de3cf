"""kg: turn news articles into a linked, queryable knowledge graph."""

__version__ = "0.1.0"
