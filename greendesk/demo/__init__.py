"""The demo plant (plant.py) and its areas' data, and the scaled generator for benchmarks."""
