"""The package version: a constant, so nothing reads installed metadata at start-up.

``pyproject.toml`` takes the distribution's version from here (setuptools'
dynamic ``attr``), so this is the one place to change it.
"""

__version__ = "0.1.0"
