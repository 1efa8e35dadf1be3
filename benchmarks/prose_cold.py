"""Prose in a fresh worker: spaCy's tokenizer, the Matcher and the figure rules on the texts a run's prose parses,
each document in a process forked from the fork server's load, as ``pipeline run`` does it.

    .venv/bin/python benchmarks/prose_cold.py $(ls ../shared/corpus/*.pdf | grep -v _scan)
    .venv/bin/python benchmarks/prose_cold.py FILES --runs 5
    .venv/bin/python benchmarks/prose_cold.py FILES --leave-one-out   # + a server warmed with the other documents
    PYTHONPATH=/tmp/before .venv/bin/python benchmarks/prose_cold.py FILES   # another checkout's code

First each document is extracted once (in a fork) to record the texts prose hands to spaCy. Then, per run and per
document, in a fresh fork: tokenizing them (``nlp.make_doc``: cold, as a worker meets them), tokenizing them again
(warm: the tokenizer's cache and the lexemes made), the Matcher, and ``_figures`` (the Matcher and the other rules);
then, in another fresh fork, making the lexemes of the words that were new to the document's fork, alone
(``vocab[word]``). CPU seconds, summed over the documents; min and max over the runs.

``--leave-one-out`` models words made in the fork server beforehand: for each document the server first tokenizes
the other documents' texts (its extra load, on the critical path of a run), then forks the document's worker, which
does the document's prose (tokenizing and ``_figures``)."""
from __future__ import annotations

import argparse
import time

from worker_stages import in_fork  # run as a script: benchmarks/ is on the path


def recorded_texts(path: str) -> list[str]:
    """The texts the prose of ``path``'s extraction hands to spaCy (in a fork: the caches stay cold here)."""
    def record() -> list[str]:
        from extractors.prose import nlp as nlp_module
        from pipeline.extraction import extract_file

        nlp, _ = nlp_module.get_nlp()
        seen: list[str] = []

        class Recording:
            def __call__(self, text):
                seen.append(text)
                return nlp(text)

            def __getattr__(self, name):
                return getattr(nlp, name)

        nlp_module._nlp_cache["nlp"] = Recording()
        extract_file(path, path, "0" * 64)
        return seen
    return in_fork(record)


def parts(texts: list[str]) -> dict[str, float]:
    from extractors.prose import figures, nlp as nlp_module

    nlp, matcher = nlp_module.get_nlp()
    clock = time.process_time
    before = {lex.orth for lex in nlp.vocab}
    t = clock()
    docs = [nlp.make_doc(x) for x in texts]
    cold = clock() - t
    new_words = [lex.orth_ for lex in nlp.vocab if lex.orth not in before]
    t = clock()
    for x in texts:
        nlp.make_doc(x)
    warm = clock() - t
    t = clock()
    for d in docs:
        matcher(d)
    matching = clock() - t
    t = clock()
    for d in docs:
        figures._figures(d, matcher)
    rules = clock() - t

    return {"tokenizing, cold": cold, "tokenizing, warm": warm, "the Matcher": matching,
            "_figures (Matcher + rules)": rules, "new_words": new_words}


def lexemes_alone(words: list[str]) -> float:
    """Making the lexemes of ``words`` (none made yet: called in a fresh fork)."""
    from extractors.prose import nlp as nlp_module

    nlp, _ = nlp_module.get_nlp()
    start = time.process_time()
    for word in words:
        nlp.vocab[word]
    return time.process_time() - start


def warmed_by_others(texts: list[str], others: list[str]) -> tuple[float, float]:
    """(the server's extra load, the worker's prose) with the server warmed by ``others``."""
    from extractors.prose import figures, nlp as nlp_module

    def server() -> tuple[float, float]:
        nlp, matcher = nlp_module.get_nlp()
        t = time.process_time()
        for x in others:
            nlp.make_doc(x)
        load = time.process_time() - t

        def worker() -> float:
            start = time.process_time()
            for x in texts:
                figures._figures(nlp.make_doc(x), matcher)
            return time.process_time() - start
        return load, in_fork(worker)
    return in_fork(server)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--leave-one-out", action="store_true")
    a = ap.parse_args()
    import pipeline._worker_preload  # noqa: F401  (what the fork server loads)

    texts = [recorded_texts(p) for p in a.inputs]
    print(f"{len(texts)} documents: {[len(t) for t in texts]} texts, {sum(len(x) for t in texts for x in t):,} "
          f"characters")
    runs = []
    for _ in range(a.runs):
        run = [in_fork(lambda t=t: parts(t)) for t in texts]
        for doc in run:
            doc["… making their lexemes alone"] = in_fork(lambda w=doc["new_words"]: lexemes_alone(w))
        runs.append(run)
    words = [len(doc["new_words"]) for doc in runs[0]]
    print(f"CPU s over the documents, min / max of {a.runs} runs (each document in a fresh fork); words new to each "
          f"fork: {words} ({sum(words):,})")
    for key in runs[0][0]:
        if key != "new_words":
            sums = [sum(doc[key] for doc in run) for run in runs]
            print(f"  {key:34s} {min(sums):8.3f} {max(sums):8.3f}")
    if a.leave_one_out:
        for _ in range(a.runs):
            both = [warmed_by_others(t, [x for j, o in enumerate(texts) if j != i for x in o])
                    for i, t in enumerate(texts)]
            cold = sum(in_fork(lambda t=t: warmed_by_others(t, [])[1]) for t in texts)
            print(f"  leave-one-out: server's extra load per document {[round(s, 3) for s, _ in both]}; "
                  f"workers' prose {sum(w for _, w in both):.3f} s (server not warmed: {cold:.3f} s)")


if __name__ == "__main__":
    main()
