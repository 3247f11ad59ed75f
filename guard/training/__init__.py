"""Training and evaluation of the guard's models (training-only deps: sklearn, matplotlib, tqdm).

Nothing under guard/training is imported by a serving process.
"""
