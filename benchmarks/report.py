#!/usr/bin/env python3
"""Prints a table from Google Benchmark JSON on stdin: MB/s per case, and each
implementation's speed relative to neptune_graph measured in the same run."""
import json
import sys


def main():
    data = json.load(sys.stdin)
    rows = {}
    order = []
    for b in data["benchmarks"]:
        if b.get("run_type") == "aggregate":
            continue
        op, corpus, impl = b["name"].split("/")[:3]
        key = (op, corpus)
        if key not in rows:
            rows[key] = {}
            order.append(key)
        rows[key][impl] = b.get("bytes_per_second", 0.0) / 1e6
    ctx = data.get("context", {})
    print(f"# {ctx.get('date', '')}  {ctx.get('num_cpus', '?')} CPUs @ {ctx.get('mhz_per_cpu', '?')} MHz")
    print(f"{'case':<34} {'impl':<26} {'MB/s':>10} {'vs neptune_graph':>17}")
    for key in order:
        base = rows[key].get("neptune_graph")
        for impl, mbs in rows[key].items():
            ratio = f"{mbs / base:.2f}x" if base else "-"
            print(f"{key[0] + '/' + key[1]:<34} {impl:<26} {mbs:>10.1f} {ratio:>17}")


if __name__ == "__main__":
    main()
