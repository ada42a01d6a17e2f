"""Themes, fonts, icons, translations and profiles of Herning Læser (installed as reader.resources)."""
