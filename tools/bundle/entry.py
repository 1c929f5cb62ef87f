"""The bundle's one executable, ``annotator``: the command line, and the app with no command.

PyInstaller freezes this file instead of the ``annotator`` console script. The search
helper (``annotator.gui.search.helper``) starts a process with multiprocessing's "spawn":
in a bundle that process is this executable again, and ``freeze_support`` turns it into
the helper before the command line reads its arguments.
"""

import multiprocessing

from annotator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    main()
