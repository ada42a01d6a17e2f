"""Benchmarks of Herning Læser, kept out of the shipped package: python -m bench.app, python -m bench.speech."""
