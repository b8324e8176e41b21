"""Curating the fact store: canonical formatting, JSON Schemas, and adding records.

Pure functions over texts and paths; the commands in lcnet.cli call them. Everything
here imports its heavy tools (tomlkit, pydantic, difflib) lazily or is itself imported
only by the curation commands, so that queries do not pay for it.
"""
