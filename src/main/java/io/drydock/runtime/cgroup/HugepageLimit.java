package io.drydock.runtime.cgroup;

/**
 * A hugetlb limit in bytes for one page size, written as the kernel names it in the file names
 * ({@code 2MB}, {@code 1GB}, {@code 64KB}); -1 means no limit.
 */
public record HugepageLimit(String pageSize, long limit) {}
