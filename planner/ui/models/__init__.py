"""Qt item models, one small file each."""
