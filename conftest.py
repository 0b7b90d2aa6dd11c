"""Collection settings for the doctests of the package."""

import importlib.util

# textfix.dask imports dask, an optional extra: its doctests are collected only where it is installed.
collect_ignore = [] if importlib.util.find_spec("dask") else ["textfix/dask.py"]
