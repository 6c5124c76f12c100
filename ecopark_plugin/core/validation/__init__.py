"""Measuring the engine against reality: the documented-network corpus, and the plausibility audit."""
