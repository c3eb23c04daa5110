"""A child process for concurrency and kill tests: saves one case N times, printing an
acknowledgement line after every save that returned (``ACK <commit> <title>``)."""

from __future__ import annotations

import sys

from pmtui.store import CaseRepository, SaveConflict


def main(repo_path: str, dnr: str, count: int, prefix: str) -> int:
    repo = CaseRepository.discover(explicit=repo_path, lock_timeout=20.0)
    repo.reconcile()
    print("READY", flush=True)
    for number in range(count):
        loaded = repo.load(dnr)
        if loaded.case is None:
            print(f"INVALID {dnr}", flush=True)
            return 3
        title = f"{prefix} {number}"
        try:
            result = repo.save(loaded.case.model_copy(update={"title": title}), loaded.base)
        except SaveConflict as conflict:
            print(f"CONFLICT {conflict.where}", flush=True)
            continue
        print(f"ACK {result.commit_id} {title}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]))
