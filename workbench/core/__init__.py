"""The fact-checking domain: statuses, stances, records and method rules.

No Qt, no SQL, no file formats.
"""
