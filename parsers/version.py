"""The parser version: part of every cache key and library index.

Bump it when a change to readers, recognisers or annotators changes output,
so cached parses of an older version are ignored and rebuilt. Kept apart
from the pipeline so that a cache hit needs no parser code at all.
"""

PARSER_VERSION = "1"
