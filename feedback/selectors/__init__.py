"""The feedback app's reads (the naming scheme's selectors.py, in two parts that are each long
enough on their own): `results` aggregates one survey's answers, `statistics` the
participation figures across events."""
