"""Shared test settings: only the hypothesis budget (tests/test_properties.py).

"ci" (the default) keeps the whole suite well under ten minutes on a small
machine; HYPOTHESIS_PROFILE=dev searches longer.
"""

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=60, derandomize=True, print_blob=True)
settings.register_profile("dev", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
