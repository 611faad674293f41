"""The families of date expressions, one module each (see timeline/grammar/registry.py)."""
