package io.drydock.engine.network;

import java.util.List;
import java.util.Map;

/** What {@code POST /networks/create} asks for, translated from the API's DTO. */
public record NetworkCreate(
    String name,
    String driver,
    boolean internal,
    boolean attachable,
    boolean checkDuplicate,
    Map<String, String> labels,
    Map<String, String> options,
    List<IpamPool> ipam) {}
