"""Quality and speed benchmarks of égide (``python -m bench``) and the synthetic corpus they run on."""
