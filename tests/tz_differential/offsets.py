"""Independent UTC offsets for the tz differential test (tests/tz_differential.rs).

Reads IANA zone names on stdin, one a line, and prints `zone<TAB>unix seconds<TAB>offset
seconds` for seeded instants in 2020-2030 and for the second before, at and after every
offset change in that range. Offsets come from the standard library's `zoneinfo` reading
ONLY the PyPI `tzdata` package (the system zone files are ignored), whose IANA version the
first argument names.
"""

import random
import sys
import zoneinfo
from datetime import datetime, timezone

import tzdata

zoneinfo.reset_tzpath(to=[])
want_version, seed, samples = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if tzdata.IANA_VERSION != want_version:
    sys.exit(f"tzdata package carries {tzdata.IANA_VERSION}, expected {want_version}")

START = int(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp())
END = int(datetime(2031, 1, 1, tzinfo=timezone.utc).timestamp())
STEP = 2 * 86400  # no zone changes its offset and back within two days


def offset(zone, t):
    return int(datetime.fromtimestamp(t, tz=zone).utcoffset().total_seconds())


rng = random.Random(seed)
out = sys.stdout
for name in (line.strip() for line in sys.stdin):
    if not name:
        continue
    zone = zoneinfo.ZoneInfo(name)
    instants = {rng.randrange(START, END) for _ in range(samples)}
    t, prev = START, offset(zone, START)
    while t < END:
        nxt = min(t + STEP, END)
        off = offset(zone, nxt)
        if off != prev:
            lo, hi = t, nxt  # offset(lo) == prev, offset(hi) != prev
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset(zone, mid) == prev:
                    lo = mid
                else:
                    hi = mid
            instants.update((hi - 1, hi, hi + 1))
        t, prev = nxt, off
    for i in sorted(instants):
        out.write(f"{name}\t{i}\t{offset(zone, i)}\n")
