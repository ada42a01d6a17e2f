"""The policy text shipped with Herning Læser (installed as the package reader.content).

This file only lets the installer carry the folder; the documents are the .md files beside it.
"""
