"""The hostile corpus: its generator, the harness that loads it, and the child that does the loading."""
