"""Runs notebooks through a Jupyter kernel with nbclient, as JupyterLab or `jupyter nbconvert --execute` would.

usage: execute_notebooks.py KERNEL_NAME OUT_FOLDER NOTEBOOK...
Each notebook runs with its own folder as the working directory and is written, executed, to OUT_FOLDER.
"""
import os
import sys

import nbclient
import nbformat


def main():
    kernel, out, notebooks = sys.argv[1], sys.argv[2], sys.argv[3:]
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        client = nbclient.NotebookClient(nb, kernel_name=kernel, timeout=600,
                                         resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        client.execute()
        nbformat.write(nb, os.path.join(out, os.path.basename(path)))
        print("executed", os.path.basename(path), flush=True)


if __name__ == "__main__":
    main()
