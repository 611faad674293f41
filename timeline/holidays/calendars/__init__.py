"""Calendar engines: pure functions from a year to the dates a calendar gives.

One module per calendar, each usable and testable alone:

* :mod:`.gregorian` - the n-th weekday of a month, Advent and other weekday rules;
* :mod:`.easter` - Western (Gregorian) and Orthodox (Julian) Easter, through ``dateutil``;
* :mod:`.hebrew` - the arithmetic Hebrew calendar (no library needed);
* :mod:`.hijri` - the Umm al-Qura Islamic calendar, through ``hijridate``;
* :mod:`.chinese` - the Chinese lunisolar calendar and the solar terms, through ``lunar_python``;
* :mod:`.indian` - a small astronomical engine for the Hindu lunar days (tithis) and the
  Sun's sidereal ingresses.

The libraries are imported inside the functions, on first use, so importing an engine is cheap.
The holiday rules of :mod:`timeline.holidays.rules` are built on these functions.
"""
