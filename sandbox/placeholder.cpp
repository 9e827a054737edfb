// Placeholder until the Linux sandbox lands; removed by the sandbox implementation.
