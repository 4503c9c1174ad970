"""Lines of management from a manager map."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def manager_chains(
    manager_of: Mapping[int, int | None], people: Iterable[int] | None = None
) -> dict[int, tuple[int, ...]]:
    """Each person's line of management, nearest first: manager, manager's manager, ...

    `manager_of` maps a person id to their manager's id (or None); `people` chooses whose
    chains to return (default: everyone in the map). Chains are memoised, so a whole
    organisation costs one walk per person. A cycle in the data (which the people service
    refuses) ends the chain instead of looping.
    """
    chains: dict[int, tuple[int, ...]] = {}

    def chain(person: int) -> tuple[int, ...]:
        known = chains.get(person)
        if known is not None:
            return known
        path: list[int] = []
        seen = {person}
        tail: tuple[int, ...] = ()
        cycle = False
        current = manager_of.get(person)
        while current is not None:
            cached = chains.get(current)
            if cached is not None:
                tail = (current, *cached)
                break
            if current in seen:
                cycle = True
                break
            path.append(current)
            seen.add(current)
            current = manager_of.get(current)
        if cycle:
            # Not memoised: a chain cut short by a cycle is no tail for anyone else.
            return tuple(path)
        # Every manager on an acyclic path gets its chain memoised too.
        result = tail
        for manager in reversed(path):
            chains[manager] = result
            result = (manager, *result)
        chains[person] = result
        return result

    wanted = list(manager_of if people is None else people)
    return {person: chain(person) for person in wanted}
