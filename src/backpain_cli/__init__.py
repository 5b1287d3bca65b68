"""Offline lookup of the causes of back pain."""

__version__ = "0.1.0"
