"""Output formats: one module per format; only lcnet.render.table imports rich."""
