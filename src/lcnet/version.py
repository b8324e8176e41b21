"""lcnet's version, in a module of its own: every layer may import it, and importing it
imports nothing else (the package's __init__ offers the library)."""

__version__ = "0.1.0"
