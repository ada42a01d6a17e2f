"""Herning Læser: an accessible reader for Herning Kommune's Børne- og Ungepolitik."""

__version__ = "0.1.0"
