#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints medians from a Google Benchmark JSON file, with ratios to named floors."""
import json
import sys


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("us", 1e3)):
        if ns >= scale:
            return f"{ns / scale:8.2f} {unit}"
    return f"{ns:8.0f} ns"


def main(path):
    with open(path) as f:
        text = f.read()
    # Google Benchmark writes an empty file when the filter matched nothing in this program.
    data = json.loads(text) if text.strip() else {}
    if not data.get("benchmarks"):
        return  # the filter matched nothing in this program
    scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}
    medians = {}
    rows = []
    for b in data["benchmarks"]:
        if b.get("aggregate_name") not in (None, "median"):
            continue
        name = b.get("run_name", b["name"]).replace("/iterations:", "/it:")
        base = name.split("/")[0]
        ns = b["real_time"] * scale[b.get("time_unit", "ns")]
        medians[name] = ns
        medians.setdefault(base, ns)
        rows.append((name, ns, b))
    print(f"# {path}: medians of {data['benchmarks'][0].get('repetitions', 1)} repetitions")
    for name, ns, b in rows:
        extra = []
        if "bytes_per_second" in b:
            extra.append(f"{b['bytes_per_second'] / 1e6:.1f} MB/s")
        for key, value in b.items():
            if key.startswith("peak_") or key.endswith("_ratio") or key.endswith("_ms") or key in ("items", "rss_mb", "ratio_to_size"):
                extra.append(f"{key}={value:.3g}")
        label = b.get("label", "")
        for part in label.split(";"):
            if part.startswith("floor="):
                floor = part[len("floor="):]
                if floor in medians and medians[floor] > 0:
                    extra.append(f"{ns / medians[floor]:.2f}x {floor}")
            elif part:
                extra.append(part)
        print(f"  {name:<60} {fmt_time(ns)}  {'  '.join(extra)}")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
