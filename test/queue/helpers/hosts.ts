// Other machines for the queue tests: each a Linux network namespace joined to
// this one by its own veth link, so a worker there reaches Redis only over a
// network (its loopback is its own) and the link can be cut the way a cable or
// a switch fails. It shares this machine's files, as workers share the
// archive's mount. Needs root (CAP_NET_ADMIN) and iproute2's `ip`.
import { execFileSync } from 'node:child_process';

export interface Host {
  /** The namespace (`ip netns exec NAME …`). */
  name: string;
  /** This machine's side of the link: the address the host dials for the queue. */
  gateway: string;
  /** The host's own address. */
  address: string;
  /** This machine's end of the link, which `cut` takes down. */
  link: string;
}

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Why hosts cannot be made here, or null when they can. */
export function hostsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  const probe = `vnp${process.pid}probe`;
  try {
    ip('netns', 'add', probe);
    ip('netns', 'del', probe);
    return null;
  } catch (error) {
    return `cannot make a network namespace: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

/** `command args` run on `host`: `ip netns exec` enters the namespace and becomes the command (same pid). */
export function onHost(host: Host, command: string, args: readonly string[]): [string, string[]] {
  return ['ip', ['netns', 'exec', host.name, command, ...args]];
}

export class Hosts {
  private constructor(readonly all: Host[]) {}

  /** `count` hosts, each on a /30 of its own in 10.213.0.0/16 (the pid keeps parallel runs apart). */
  static create(count: number): Hosts {
    const net = `10.213.${process.pid % 250}`;
    const made = new Hosts([]);
    try {
      for (let i = 0; i < count; i++) {
        const host: Host = {
          name: `vnp${process.pid}n${i}`,
          gateway: `${net}.${4 * i + 1}`,
          address: `${net}.${4 * i + 2}`,
          link: `vnp${process.pid}h${i}`,
        };
        const far = `vnp${process.pid}f${i}`;
        ip('netns', 'add', host.name);
        made.all.push(host);
        ip('link', 'add', host.link, 'type', 'veth', 'peer', 'name', far);
        ip('link', 'set', far, 'netns', host.name);
        ip('addr', 'add', `${host.gateway}/30`, 'dev', host.link);
        ip('link', 'set', host.link, 'up');
        ip('netns', 'exec', host.name, 'ip', 'addr', 'add', `${host.address}/30`, 'dev', far);
        ip('netns', 'exec', host.name, 'ip', 'link', 'set', far, 'up');
        ip('netns', 'exec', host.name, 'ip', 'link', 'set', 'lo', 'up');
      }
      return made;
    } catch (error) {
      made.destroy();
      throw error;
    }
  }

  /** The link goes dark: nothing crosses it, and no connection is told. */
  cut(host: Host): void {
    ip('link', 'set', host.link, 'down');
  }

  mend(host: Host): void {
    ip('link', 'set', host.link, 'up');
  }

  /** Deleting a namespace deletes its end of the link, and so the link. */
  destroy(): void {
    for (const host of this.all) {
      try {
        ip('netns', 'del', host.name);
      } catch {
        // already gone
      }
    }
  }
}
