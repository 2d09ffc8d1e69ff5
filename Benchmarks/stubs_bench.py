#!/usr/bin/env python3
"""Compares specc's Swift stub generator with apple/swift-openapi-generator (SOG) and prints Markdown tables.

Generation: wall time (median of N runs, the two tools alternating) and peak RSS of generating types, client and
server for a few large documents, and the size of what each tool wrote.
Compile (--compile): debug build time and peak RSS of a SwiftPM library target holding only the generated files.

Either tool may fail on a document (specc's generator may not exist yet): its cells then say why, the run goes on.
Standard library only."""
import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys

GENERATION_DOCUMENTS = [
    ("ghes-3.0", "ghes-3.0/ghes-3.0.yaml"),
    ("stripe", "stripe/spec3.yaml"),
    ("openai", "openai/openapi.yaml"),
]

# Documents the compile section knows by name; --compile-docs picks from these (or takes name=path/in/corpus).
COMPILE_DOCUMENTS = {
    "google-books-3.0": "google-books-3.0/google-books-3.0.yaml",
    "ghes-3.0": "ghes-3.0/ghes-3.0.yaml",
    "stripe": "stripe/spec3.yaml",
    "openai": "openai/openapi.yaml",
}

TOOLS = ["specc", "SOG"]

TIME_FORMAT = "%e %M %U %S"

# Where /usr/bin/time writes its numbers; set from --work in main().
STATS_FOLDER = ".build-bench"

# What SwiftPM writes into <bin>/Generated.build when it plans a build, as opposed to what compiling writes.
PLANNING_FILES = {"output-file-map.json", "sources"}

COMPILE_PACKAGE = """// swift-tools-version:6.0
// Written by Benchmarks/stubs_bench.py: one library target holding only the generated files.
import PackageDescription

let package = Package(
    name: "{name}",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "Generated",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
"""


class Outcome:
    """One timed command: wall seconds, peak RSS (MB) and CPU seconds (user + system, the process and everything
    it waited for) from /usr/bin/time, or why it failed."""

    def __init__(self, seconds=None, rss_mb=None, error=None, output="", cpu=None):
        self.seconds = seconds
        self.rss_mb = rss_mb
        self.cpu = cpu
        self.error = error
        self.output = output


def first_error_line(text):
    """The line that says what went wrong: ArgumentParser's final "Error: ..." (both tools use it), else a
    compiler's "file:line:col: error: ...", else any line mentioning an error, else the first non-empty line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for wanted in [lambda line: line.startswith("Error: "), lambda line: ": error:" in line,
                   lambda line: "error" in line.lower()]:
        for line in lines:
            if wanted(line):
                return line
    return lines[0] if lines else "no output"


def cell_text(text, limit=160):
    """`text` made safe for one Markdown table cell."""
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def timed(command):
    """Runs `command` under /usr/bin/time, which writes '%e %M %U %S' to its own file (the tools' stderr may not end
    with a newline, SOG's doesn't)."""
    os.makedirs(STATS_FOLDER, exist_ok=True)
    stats = os.path.join(STATS_FOLDER, "time.txt")
    result = subprocess.run(["/usr/bin/time", "-f", TIME_FORMAT, "-o", stats] + command, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, errors="replace")
    with open(stats, encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip()]
    output = result.stdout + "\n" + result.stderr
    if result.returncode != 0:
        return Outcome(error=first_error_line(result.stderr or result.stdout), output=output)
    seconds, rss_kb, user, system = lines[-1].split()
    return Outcome(float(seconds), int(rss_kb) / 1024, output=output, cpu=float(user) + float(system))


# The access level both tools generate at. It is passed explicitly: specc would otherwise take `access` from a
# specc.yaml in the working directory (this repository's says `public`) while SOG defaults to internal, and the
# comparison should not depend on where it is run from. Set from --access in main().
ACCESS = "internal"


def generate_command(tool, binary, document, output):
    if tool == "specc":
        return [binary, "generate", document, "--output", output, "--mode", "types,client,server",
                "--access", ACCESS]
    return [binary, "generate", document, "--mode", "types", "--mode", "client", "--mode", "server",
            "--access-modifier", ACCESS, "--output-directory", output]


def fresh_directory(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)


def output_size(folder):
    """(files, lines, bytes) of everything under `folder`."""
    files = lines = size = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(directory, name), "rb") as handle:
                data = handle.read()
            files += 1
            lines += data.count(b"\n")
            size += len(data)
    return files, lines, size


def shown(command):
    return shlex.join(["/usr/bin/time", "-f", TIME_FORMAT, "-o", os.path.join(STATS_FOLDER, "time.txt")] + command)


def generation_section(args, runs, binaries):
    print("| generate types+client+server | specc time (median) | specc peak RSS "
          "| specc output (files / lines / bytes) | SOG time (median) | SOG peak RSS "
          "| SOG output (files / lines / bytes) | SOG / specc time | SOG / specc RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    commands = []
    for name, root in GENERATION_DOCUMENTS:
        document = os.path.join(args.corpus, root)
        samples = {tool: [] for tool in TOOLS}
        failures, sizes = {}, {}
        for _ in range(runs):
            for tool in TOOLS:
                if tool in failures:
                    continue  # a failure is deterministic: no need to see it N times
                output = os.path.join(args.work, "stubs-gen", f"{tool.lower()}-{name}")
                fresh_directory(output)
                command = generate_command(tool, binaries[tool], document, output)
                if len(samples[tool]) == 0:
                    commands.append(shown(command))
                outcome = timed(command)
                if outcome.error is not None:
                    failures[tool] = outcome.error
                    continue
                samples[tool].append(outcome)
                sizes[tool] = output_size(output)
        cells, medians, peaks = [], {}, {}
        for tool in TOOLS:
            if tool in failures:
                cells += [cell_text(f"n/a ({tool} generate failed: {failures[tool]})"), "-", "-"]
                continue
            medians[tool] = statistics.median(s.seconds for s in samples[tool])
            peaks[tool] = max(s.rss_mb for s in samples[tool])
            files, lines, size = sizes[tool]
            cells += [f"{medians[tool]:.2f} s", f"{peaks[tool]:.0f} MB", f"{files} / {lines:,} / {size:,}"]
        if len(medians) == 2 and medians["specc"] > 0:
            cells += [f"{medians['SOG'] / medians['specc']:.1f}×", f"{peaks['SOG'] / peaks['specc']:.1f}×"]
        else:
            cells += ["-", "-"]
        print(f"| {name} | " + " | ".join(cells) + " |")
        sys.stdout.flush()
    print(f"\n{runs} run(s) per tool and document, the tools alternating; wall time (%e) and peak RSS (%M) from "
          "/usr/bin/time, process start-up included; each run writes into an emptied folder. Commands:\n")
    for command in commands:
        print(f"    {command}")


def bin_path(package):
    result = subprocess.run(["swift", "build", "--package-path", package, "--show-bin-path"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=True)
    return result.stdout.strip()


def remove_generated_products(package):
    """Deletes what compiling the Generated target produced (objects, dependency files, priors, the module),
    leaving the dependencies built. SwiftPM's own planning files in Generated.build stay: it writes them only
    when it plans the build anew, and fails without them."""
    folder = bin_path(package)
    target = os.path.join(folder, "Generated.build")
    if os.path.isdir(target):
        for name in os.listdir(target):
            path = os.path.join(target, name)
            if os.path.isfile(path) and name not in PLANNING_FILES:
                os.unlink(path)
    modules = os.path.join(folder, "Modules")
    if os.path.isdir(modules):
        for name in os.listdir(modules):
            if name.startswith("Generated."):
                os.unlink(os.path.join(modules, name))


def prepare_compile(args, tool, binary, name, root, commands):
    """Generates `tool`'s output of `root` into its compile package and builds the dependencies (not timed).
    Returns (package, error, size of the output)."""
    package = os.path.join(args.work, f"compile-{tool.lower()}-{name}")
    sources = os.path.join(package, "Sources", "Generated")
    os.makedirs(package, exist_ok=True)
    with open(os.path.join(package, "Package.swift"), "w", encoding="utf-8") as manifest:
        manifest.write(COMPILE_PACKAGE.format(name=f"compile-{tool.lower()}-{name}"))
    fresh_directory(sources)
    generate = generate_command(tool, binary, os.path.join(args.corpus, root), sources)
    commands.append(shown(generate))
    generated = timed(generate)
    if generated.error is not None:
        return package, f"{tool} generate failed: {generated.error}", None
    size = output_size(sources)
    prepare = ["swift", "build", "--package-path", package, "--target", "OpenAPIRuntime"]
    commands.append(shlex.join(prepare) + "    # not timed: resolves and builds the dependencies")
    prepared = subprocess.run(prepare, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    if prepared.returncode != 0:
        return package, f"dependencies failed to build: {first_error_line(prepared.stdout)}", size
    return package, None, size


def timed_compile(package, commands):
    """Outcome of one debug build of the Generated target, after deleting what the last one produced."""
    remove_generated_products(package)
    build = ["swift", "build", "--package-path", package, "--target", "Generated"]
    command = f"rm <bin>/Generated.build/<all files but output-file-map.json and sources> <bin>/Modules/Generated.*; {shown(build)}"
    if command not in commands:
        commands.append(command)
    outcome = timed(build)
    if outcome.error is not None:
        outcome.error = f"build failed: {first_error_line(outcome.output)}"
    elif "Compiling Generated" not in outcome.output:
        outcome.error = "Generated was not rebuilt (stale build products?)"
    return outcome


def compile_section(args, binaries):
    names = [n.strip() for n in args.compile_docs.split(",") if n.strip()]
    runs = max(1, args.compile_runs)
    print("\n| compile generated code (debug) | specc build | specc CPU | specc peak RSS | specc lines compiled "
          "| SOG build | SOG CPU | SOG peak RSS | SOG lines compiled | SOG / specc time | SOG / specc CPU "
          "| SOG / specc RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    commands = []
    for entry in names:
        name, _, root = entry.partition("=")
        root = root or COMPILE_DOCUMENTS.get(name)
        if root is None:
            sys.exit(f"unknown compile document '{name}': use one of {sorted(COMPILE_DOCUMENTS)} or name=path")
        packages, errors, sizes, outcomes = {}, {}, {}, {tool: [] for tool in TOOLS}
        for tool in TOOLS:
            packages[tool], errors[tool], sizes[tool] = prepare_compile(
                args, tool, binaries[tool], name, root, commands)
        for run in range(runs):
            # The tools alternate which goes first, so a slow spell of the machine does not favour one.
            for tool in (TOOLS if run % 2 == 0 else list(reversed(TOOLS))):
                if errors[tool] is not None:
                    continue
                outcome = timed_compile(packages[tool], commands)
                if outcome.error is not None:
                    errors[tool] = outcome.error
                else:
                    outcomes[tool].append(outcome)
        cells, medians = [], {}
        for tool in TOOLS:
            size = sizes[tool]
            lines = f"{size[1]:,}" if size else "-"
            if errors[tool] is not None:
                cells += [cell_text(f"n/a ({errors[tool]})"), "-", "-", lines]
                continue
            seconds = [o.seconds for o in outcomes[tool]]
            medians[tool] = (statistics.median(seconds), max(o.rss_mb for o in outcomes[tool]),
                             statistics.median(o.cpu for o in outcomes[tool]))
            text = f"{medians[tool][0]:.1f} s"
            if len(seconds) > 1:
                text += " (" + ", ".join(f"{x:.1f}" for x in seconds) + ")"
            cells += [text, f"{medians[tool][2]:.1f} s", f"{medians[tool][1]:.0f} MB", lines]
        if len(medians) == 2 and medians["specc"][0] > 0 and medians["specc"][2] > 0:
            cells += [f"{medians['SOG'][0] / medians['specc'][0]:.1f}×",
                      f"{medians['SOG'][2] / medians['specc'][2]:.1f}×",
                      f"{medians['SOG'][1] / medians['specc'][1]:.1f}×"]
        else:
            cells += ["-", "-", "-"]
        print(f"| {name} | " + " | ".join(cells) + " |")
        sys.stdout.flush()
    builds = "One build" if runs == 1 else f"{runs} builds (median; each run in parentheses, the tools alternating)"
    print(f"\n{builds} per tool and document. Each tool's output goes into its own package "
          f"({args.work}/compile-<tool>-<doc>/, one library target `Generated` depending on OpenAPIRuntime and "
          "HTTPTypes) with its own .build; the dependencies are built first (not timed), then what compiling the "
          "Generated target produced is deleted and `swift build --target Generated` is timed: SwiftPM's own "
          "start-up and planning (about a second) is included. Peak RSS is the largest single process "
          "(a swift-frontend), as /usr/bin/time reports it for a process tree; CPU is user + system time of the "
          "whole build (median), which shows how much of the time ratio comes from the compiler using both cores "
          "rather than from less work. Commands (<bin> is "
          "`swift build --package-path <package> --show-bin-path`):\n")
    for command in commands:
        print(f"    {command}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specc", required=True, help="specc binary (release)")
    parser.add_argument("--sog", required=True, help="swift-openapi-generator binary (release)")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--quick", action="store_true", help="one generation run per tool instead of --runs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compile", action="store_true", help="also time compiling the generated code (slow)")
    parser.add_argument("--compile-docs", default="google-books-3.0,ghes-3.0",
                        help="comma-separated documents for --compile: names of "
                             f"{sorted(COMPILE_DOCUMENTS)} or name=path/in/corpus")
    parser.add_argument("--compile-runs", type=int, default=1,
                        help="debug builds per tool and document for --compile; the median is shown (default 1)")
    parser.add_argument("--skip-generation", action="store_true", help="only the compile section")
    parser.add_argument("--work", default=".build-bench", help="folder for generated output and compile packages")
    parser.add_argument("--access", choices=["internal", "package", "public"], default="internal",
                        help="access level both tools generate at (default: internal, SOG's default)")
    args = parser.parse_args()
    global ACCESS
    ACCESS = args.access
    runs = 1 if args.quick else args.runs
    binaries = {"specc": args.specc, "SOG": args.sog}
    os.makedirs(args.work, exist_ok=True)
    global STATS_FOLDER
    STATS_FOLDER = args.work

    print("\n## Swift stubs: specc generate vs swift-openapi-generator (SOG)\n")
    print(f"Both tools generate types, client and server at access level `{ACCESS}`.\n")
    if not args.skip_generation:
        generation_section(args, runs, binaries)
    if args.compile:
        compile_section(args, binaries)


if __name__ == "__main__":
    main()
