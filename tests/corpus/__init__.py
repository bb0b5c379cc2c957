"""The shared corpus: input sheets -> expected overview, run against Python and JavaScript alike."""
