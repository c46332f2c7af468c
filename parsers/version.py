"""The parser version: part of every cache key and library index.

Bump it when a change to readers, recognisers or annotators changes output,
so cached parses of an older version are ignored and rebuilt. Kept apart
from the pipeline so that a cache hit needs no parser code at all.
"""

PARSER_VERSION = "10"

#: The version of the model's shape (``Document.schema_version``); part of
#: every cache key. Bump it when a field changes meaning or shape.
SCHEMA_VERSION = 1
