#!/usr/bin/env python3
"""Runs specc validate, the raw libyaml floor and openapi-spec-validator on the same documents and prints
one markdown table. Times are the median wall time of N runs; memory is the largest peak RSS seen."""
import argparse
import os
import statistics
import subprocess
import sys
import shutil
import tempfile
import time

DOCUMENTS = [
    # name, root file relative to the corpus, folder whose YAML files the floor scans (multi-file documents)
    ("ghes-3.0", "ghes-3.0/ghes-3.0.yaml", None),
    ("stripe", "stripe/spec3.yaml", None),
    ("openai", "openai/openapi.yaml", None),
    ("digitalocean", "digitalocean/DigitalOcean-public.v2.yaml", "digitalocean"),
]


def measure_pair(first, second, runs):
    """Runs two commands alternately so both meet the same machine noise; returns (median, min, max RSS)
    for each."""
    a, b = [], []
    for _ in range(runs):
        a.append(measure(first, 1, raw=True))
        b.append(measure(second, 1, raw=True))

    def summary(samples):
        times = [t for t, _ in samples]
        return statistics.median(times), min(times), max(r for _, r in samples)
    return summary(a), summary(b)


def measure(command, runs, raw=False):
    """Median seconds and max RSS (MB) of `runs` runs of `command` under /usr/bin/time."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
    if raw:
        return times[0], peaks[0]
    return statistics.median(times), max(peaks)


def files_for_floor(corpus, root, folder):
    if folder is None:
        return [os.path.join(corpus, root)]
    found = []
    for directory, _, names in os.walk(os.path.join(corpus, folder)):
        found += [os.path.join(directory, n) for n in names if n.endswith((".yaml", ".yml"))]
    return sorted(found)


def edited_ghes(text):
    """ghes-3.0 with the edits SpecDiff's corpus test makes: an operation removed, a shared optional parameter made
    required, a property dropped from a schema three operations return."""
    start, end = text.index('  "/admin/hooks/{hook_id}/pings":\n'), text.index('  "/admin/keys":\n')
    text = text[:start] + text[end:]
    parameter = "    per-page:\n      name: per_page\n      description: Results per page (max 100)\n      in: query\n"
    text = text.replace(parameter, parameter + "      required: true\n")
    return text.replace("        ping_url:\n          type: string\n    global-hook-2:", "    global-hook-2:")


def diff_line(args, runs):
    """Time and peak memory of `specc diff` of ghes-3.0 against an edited copy, beside one `specc validate`."""
    base = os.path.join(args.corpus, "ghes-3.0/ghes-3.0.yaml")
    with open(base, encoding="utf-8") as source, tempfile.NamedTemporaryFile(
            "w", suffix=".yaml", encoding="utf-8", delete=False) as revision:
        revision.write(edited_ghes(source.read()))
    try:
        diff_time, diff_rss = measure([args.specc, "diff", base, revision.name, "--format", "json"], runs)
        validate_time, _ = measure([args.specc, "validate", base, "--format", "json"], runs)
    finally:
        os.unlink(revision.name)
    print("\n| diff | specc diff | its peak RSS | one specc validate | diff / validate |")
    print("|---|---:|---:|---:|---:|")
    print(f"| ghes-3.0 vs edited copy | {diff_time * 1000:.0f} ms | {diff_rss:.0f} MB | {validate_time * 1000:.0f} ms "
          f"| {diff_time / validate_time:.2f}× |")


def site_line(args, runs):
    """Time of a full `specc site` for ghes-3.0 and stripe (goal for ghes-3.0: <= 1 s), into an empty folder and
    again over its own unchanged output, with the number of files, total bytes and largest page.

    Each run into an empty folder gets a folder of its own, and the folders are removed only at the end: ext4
    makes files slowly for about 30 s after thousands were deleted (its allocator skips recently freed inodes,
    `recently_deleted` in perf), which made a remove-then-rebuild loop measure the file system, not specc."""
    count = max(1, min(runs, args.site_runs))
    print(f"\n| site ({count} runs each) | specc site, empty folder (median) | its peak RSS | unchanged rebuild "
          "(median) | files | total bytes | largest page |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, root in [("ghes-3.0", "ghes-3.0/ghes-3.0.yaml"), ("stripe", "stripe/spec3.yaml")]:
        folders = [tempfile.mkdtemp(prefix="specc-site-bench-") for _ in range(count)]
        command = [args.specc, "site", os.path.join(args.corpus, root), "--output"]
        try:
            fresh = [measure(command + [folder], 1, raw=True) for folder in folders]
            elapsed = statistics.median(t for t, _ in fresh)
            rss = max(r for _, r in fresh)
            again, _ = measure(command + [folders[0]], count)
            output = folders[0]
            sizes = {}
            for folder, _, names in os.walk(output):
                for file_name in names:
                    path = os.path.join(folder, file_name)
                    sizes[os.path.relpath(path, output)] = os.path.getsize(path)
            pages = {path: size for path, size in sizes.items() if path.endswith(".html")}
            largest = max(pages, key=lambda path: (pages[path], path))
            print(f"| {name} | {elapsed * 1000:.0f} ms | {rss:.0f} MB | {again * 1000:.0f} ms | {len(sizes)} "
                  f"| {sum(sizes.values())} | {largest} ({pages[largest]} bytes) |")
        finally:
            for folder in folders:
                shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--specc", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--site-runs", type=int, default=3, help="runs of the (slow) site benchmark")
    parser.add_argument("--skip-validator", action="store_true")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs

    print("| document | bytes | files | libyaml floor (median / min) | specc validate (median / min) "
          "| specc / floor (median, min) | specc peak RSS | openapi-spec-validator | its peak RSS | validator / specc |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, root, folder in DOCUMENTS:
        floor_files = files_for_floor(args.corpus, root, folder)
        size = sum(os.path.getsize(f) for f in floor_files)
        (floor_time, floor_min, _), (specc_time, specc_min, specc_rss) = measure_pair(
            [args.floor] + floor_files,
            [args.specc, "validate", os.path.join(args.corpus, root), "--format", "json"], runs)
        if args.skip_validator:
            validator = "skipped | - | -"
        else:
            v_time, v_rss = measure(["openapi-spec-validator", os.path.join(args.corpus, root)], 1)
            validator = f"{v_time:.2f} s | {v_rss:.0f} MB | {v_time / specc_time:.0f}×"
        print(f"| {name} | {size:,} | {len(floor_files)} | {floor_time * 1000:.0f} / {floor_min * 1000:.0f} ms "
              f"| {specc_time * 1000:.0f} / {specc_min * 1000:.0f} ms "
              f"| {specc_time / floor_time:.1f}×, {specc_min / floor_min:.1f}× | {specc_rss:.0f} MB | {validator} |")
        sys.stdout.flush()
    print(f"\n{runs} run(s) each, floor and specc alternating (validator: 1); wall-clock time of whole processes "
          "(start-up included), peak RSS from /usr/bin/time.")
    diff_line(args, runs)
    site_line(args, runs)


if __name__ == "__main__":
    main()
