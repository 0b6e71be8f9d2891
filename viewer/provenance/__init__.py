"""Where a claim came from: its sources in time order, its first reporter, the thread of updates
about the same measure, and who relayed whom. Built on the stored analysis and the documents'
dates (`corpus.publication`); plain Python, no Qt, so the window, the terminal and every export
tell the same story."""
