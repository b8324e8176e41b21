"""lcnet: fact-check figures about the UNESCO Global Network of Learning Cities."""

__version__ = "0.1.0"
