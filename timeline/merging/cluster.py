"""Which readings tell the same event: blocking, then clustering under constraints.

Comparing every pair of events would be quadratic, so candidates are found
by **blocking**: two events are compared only when they share a title stem
among the heaviest of each title (prefix filtering: a pair that shares only
light words cannot be similar enough) and their spans, widened by the window,
overlap. For each stem the events are
swept in time order, so the work grows with the number of candidate pairs,
not with the square of the events.

Candidates then join, best first (highest similarity, then input order), when
they are similar enough: a weighted Dice similarity of at least ``threshold`` when
their spans overlap, at least ``disjoint_threshold`` when the spans are
disjoint but no more than ``window`` apart (a contradiction needs stronger
evidence that it is the same event). A group never holds two events of the
same file, since a file lists each event once, and never a pair that
``never`` keeps apart. Events sharing an ``id`` across files, and the pairs of
``same``, are joined first, whatever their titles and spans.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from timeline.merging.spans import overlap, span_keys, uses_utc
from timeline.merging.titles import similarity, title_stems, title_weight, word_weights
from timeline.model import Event

PREFIX_SLACK = 0.75


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """The knobs of clustering (see the module docstring)."""

    threshold: float = 0.45
    disjoint_threshold: float = 0.6
    window: timedelta = timedelta(days=7)


def language_of(event: Event) -> str:
    """The language the event's title is written in (English when the source does not say)."""
    return (event.provenance.language if event.provenance and event.provenance.language else "en")


class _Groups:
    """Union-find over event indexes that keeps, per group, its files and members."""

    def __init__(self, files: Sequence[str], never: dict[int, set[int]]) -> None:
        self.parent = list(range(len(files)))
        self.files: list[set[str]] = [{f} for f in files]
        self.members: list[list[int]] = [[i] for i in range(len(files))]
        self.never = never

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def kept_apart(self, a: int, b: int) -> bool:
        small, large = (a, b) if len(self.members[a]) <= len(self.members[b]) else (b, a)
        other = set(self.members[large])
        return any(self.never.get(m, set()) & other for m in self.members[small])

    def join(self, i: int, j: int, allow_same_file: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if not allow_same_file and self.files[a] & self.files[b]:
            return False
        if self.kept_apart(a, b):
            return False
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.files[a] |= self.files[b]
        self.members[a].extend(self.members[b])
        self.files[b], self.members[b] = set(), []
        return True


def _prefix(words: frozenset[str], weights: Mapping[str, float], threshold: float) -> list[str]:
    """The heaviest stems of a title that any title at least *threshold* similar must share one of.

    Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007) for the
    weighted Dice coefficient: a pair at ``threshold`` shares a weight of at
    least ``t·w(A)/(2-t)``, so it shares a stem of A outside any tail of A
    lighter than that. With every title's stems in one global order (heaviest
    first), the first stem two such titles share lies in both prefixes.
    """
    ordered = sorted(words, key=lambda w: (-weights.get(w, 1.0), w))
    total = sum(weights.get(w, 1.0) for w in ordered)
    needed = threshold * total / (2 - threshold)
    prefix: list[str] = []
    rest = total
    for word in ordered:
        if rest < needed:
            break
        prefix.append(word)
        rest -= weights.get(word, 1.0)
    return prefix


def candidate_pairs(events: Sequence[Event], stems: Sequence[frozenset[str]], window: timedelta,
                    weights: Mapping[str, float] | None = None, threshold: float = 0.0) -> set[tuple[int, int]]:
    """Pairs (i < j) of events of different files that share a stem and lie within *window*.

    With *weights* and a *threshold*, only the stems of each title's prefix
    (see :func:`_prefix`) are shared keys, which drops the pairs that cannot
    reach the threshold on exact stems alone.
    """
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(stems):
        shared_keys = _prefix(words, weights, threshold) if weights is not None and threshold > 0 else words
        for word in shared_keys:
            by_stem[word].append(i)
    keys = [span_keys(e.span, uses_utc([e.span])) for e in events]
    files = [e.file or "" for e in events]
    pairs: set[tuple[int, int]] = set()
    for members in by_stem.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: keys[i][0])
        active: list[tuple[object, int]] = []  # heap of (padded end, index)
        for i in members:
            start = keys[i][0]
            while active and active[0][0] < start:  # type: ignore[operator]
                heapq.heappop(active)
            for _, j in active:
                if files[i] != files[j]:
                    pairs.add((j, i) if j < i else (i, j))
            heapq.heappush(active, (keys[i][1] + window, i))
    return pairs


def cluster(events: Sequence[Event], settings: ClusterSettings,
            same: Iterable[tuple[int, int]] = (), never: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """Group event indexes by the real-world event they tell; groups in input order."""
    never_map: dict[int, set[int]] = defaultdict(set)
    for a, b in never:
        never_map[a].add(b)
        never_map[b].add(a)
    groups = _Groups([e.file or "" for e in events], never_map)
    by_id: dict[str, int] = {}
    for i, event in enumerate(events):
        if event.id is None:
            continue
        first = by_id.setdefault(event.id, i)
        if first != i:
            groups.join(first, i)
    for a, b in same:
        groups.join(a, b, allow_same_file=True)
    stems = [title_stems(e.title, language_of(e)) for e in events]
    weights = word_weights(stems)
    totals = [title_weight(words, weights) for words in stems]
    scored: list[tuple[float, int, int]] = []
    # Spelling matches can add to a pair's similarity: the prefixes are cut for a lower threshold.
    prefix_threshold = settings.threshold * PREFIX_SLACK
    for i, j in candidate_pairs(events, stems, settings.window, weights, prefix_threshold):
        score = similarity(stems[i], stems[j], weights, settings.threshold / 2, totals[i] + totals[j])
        if score < settings.threshold:
            continue
        if score < settings.disjoint_threshold and not overlap(events[i].span, events[j].span):
            continue
        scored.append((-score, i, j))
    scored.sort()
    for _, i, j in scored:
        groups.join(i, j)
    out: dict[int, list[int]] = {}
    for i in range(len(events)):
        out.setdefault(groups.find(i), []).append(i)
    return list(out.values())
