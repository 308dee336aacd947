# cmake -DCLAIMEX=path/to/claimex -DOUT=dir -P generate-docs.cmake
# Writes the man page and shell completions that `claimex generate` prints.
file(MAKE_DIRECTORY ${OUT})
foreach(pair "man;claimex.1" "bash;claimex.bash" "zsh;_claimex")
  list(GET pair 0 what)
  list(GET pair 1 file)
  execute_process(COMMAND ${CLAIMEX} generate ${what} OUTPUT_FILE ${OUT}/${file} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "claimex generate ${what} failed: ${rc}")
  endif()
endforeach()
