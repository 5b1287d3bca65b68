"""The search's public numbers, apart from the search itself so that reading them costs nothing
(the command line shows them in its help). Chosen with benchmarks/tune.py on the tuning half."""

DEFAULT_LIMIT = 5
"""How many causes `search` shows unless told otherwise."""
MAX_QUERY_CHARS = 1000
CONFIDENT = 84.0
"""A result at or above this score is a match ("high" confidence); calibrated on the tuning half
of benchmarks/questions.tsv to keep false positives at 5% or below."""
MIN_SCORE = 42.0
"""Below this a cause is not shown at all; from here to CONFIDENT it is "possibly related"."""
