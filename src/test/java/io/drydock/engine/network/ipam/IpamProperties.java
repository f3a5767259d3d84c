package io.drydock.engine.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IpamProperties {
  /** An allocate (-1) or the release of the n-th live address (n ≥ 0). */
  @Provide
  Arbitrary<List<Integer>> actions() {
    return Arbitraries.integers().between(-1, 20).list().ofMaxSize(200);
  }

  @Property
  void neverTwiceNeverReservedAndReleasedAddressesReturn(
      @ForAll("actions") List<Integer> actions, @ForAll @IntRange(min = 24, max = 29) int prefix, @ForAll @IntRange(min = 1, max = 3) int gatewayOffset) {
    Subnet subnet = new Subnet(Ipv4.parse("10.213.7.0"), prefix);
    Ipv4 gateway = subnet.base().plus(gatewayOffset);
    Ipam ipam = new Ipam(subnet, Optional.of(gateway), Optional.empty());
    long capacity = subnet.size() - 3;
    List<Ipv4> live = new java.util.ArrayList<>();
    for (int a : actions) {
      if (a < 0 || live.isEmpty()) {
        if (live.size() == capacity) {
          assertThatThrownBy(ipam::allocate).isInstanceOf(DrydockException.Unavailable.class);
          continue;
        }
        Ipv4 got = ipam.allocate();
        assertThat(got).isNotIn(live).isNotEqualTo(gateway).isNotEqualTo(subnet.base()).isNotEqualTo(subnet.broadcast());
        assertThat(subnet.contains(got)).isTrue();
        live.add(got);
      } else {
        Ipv4 gone = live.remove(a % live.size());
        ipam.release(gone);
        assertThat(ipam.isAllocated(gone)).isFalse();
      }
      assertThat(new HashSet<>(ipam.allocated())).isEqualTo(new HashSet<>(live));
    }
  }

  @Property
  void aFullNetworkAllocatesAgainAfterARelease(@ForAll @IntRange(min = 26, max = 30) int prefix, @ForAll @IntRange(min = 0, max = 60) int victim) {
    Subnet subnet = new Subnet(Ipv4.parse("10.213.9.0"), prefix);
    Ipam ipam = new Ipam(subnet, Optional.empty(), Optional.empty());
    Set<Ipv4> all = new HashSet<>();
    for (long i = 0; i < subnet.size() - 3; i++) {
      assertThat(all.add(ipam.allocate())).isTrue();
    }
    assertThatThrownBy(ipam::allocate).isInstanceOf(DrydockException.Unavailable.class);
    Ipv4 freed = List.copyOf(new java.util.TreeSet<>(all)).get(victim % all.size());
    ipam.release(freed);
    assertThat(ipam.allocate()).isEqualTo(freed);
  }

  @Property
  void rangeLimitsDynamicButNotFixedAddresses(@ForAll @IntRange(min = 0, max = 200) int n) {
    Subnet subnet = Subnet.parse("10.213.0.0/24");
    Subnet range = Subnet.parse("10.213.0.128/28");
    Ipam ipam = new Ipam(subnet, Optional.empty(), Optional.of(range));
    for (int i = 0; i < Math.min(n, 15); i++) {
      assertThat(range.contains(ipam.allocate())).isTrue();
    }
    Ipv4 fixed = Ipv4.parse("10.213.0.5");
    assertThat(ipam.allocate(fixed)).isEqualTo(fixed);
    assertThatThrownBy(() -> ipam.allocate(fixed)).isInstanceOf(DrydockException.Forbidden.class).hasMessage("Address already in use");
  }

  @Property
  void reservedAndForeignFixedAddressesAreRefused(@ForAll @IntRange(min = 0, max = 255) int last) {
    Ipam ipam = new Ipam(Subnet.parse("10.213.1.0/24"), Optional.empty(), Optional.empty());
    Ipv4 a = Ipv4.parse("10.213.1." + last);
    if (last == 0 || last == 1 || last == 255) {
      assertThatThrownBy(() -> ipam.allocate(a)).isInstanceOf(DrydockException.Forbidden.class).hasMessage("Address already in use");
    } else {
      assertThat(ipam.allocate(a)).isEqualTo(a);
    }
    assertThatThrownBy(() -> ipam.allocate(Ipv4.parse("10.213.2." + last))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Invalid address 10.213.2." + last + ": It does not belong to any of this network's subnets");
  }

  @Property
  void addressTextRoundTrips(@ForAll int bits) {
    Ipv4 a = new Ipv4(bits);
    assertThat(Ipv4.parse(a.toString())).isEqualTo(a);
    assertThat(Ipv4.ofBytes(a.toBytes())).isEqualTo(a);
  }

  @Property
  void poolNeverHandsOutAnOverlappingSubnet(@ForAll @IntRange(min = 0, max = 20) int taken) {
    SubnetPool pool = SubnetPool.dockerDefaults();
    List<Subnet> inUse = new java.util.ArrayList<>(List.of(SubnetPool.DEFAULT_BRIDGE));
    for (int i = 0; i < taken; i++) {
      Subnet s = pool.next(inUse);
      assertThat(inUse).noneMatch(s::overlaps);
      inUse.add(s);
    }
  }
}
