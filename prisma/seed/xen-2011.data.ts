// Seed data for the Xen.org Google Summer of Code 2011 demo season.
// Pure data: no imports, no side effects. All prose is original to this file.
// People other than the six accepted students are fictional.

export type Difficulty = 'EASY' | 'MEDIUM' | 'HARD'

export type SeedPerson = {
  key: string
  name: string
  email: string
  country?: string
  school?: string
  githubHandle?: string
  timeZone?: string
}

export type SeedMentor = SeedPerson & { capacity: number; isAdmin?: boolean }

export type SeedIdea = {
  slug: string
  title: string
  summary: string
  description: string /* Markdown */
  skills: string[]
  difficulty: Difficulty
  expectedHours: number
  capacity: number
  mentorKeys: string[]
}

export type SeedProposalStatus = 'DRAFT' | 'SUBMITTED' | 'WITHDRAWN' | 'ACCEPTED' | 'REJECTED'

export type SeedProposal = {
  key: string
  studentKey: string
  ideaSlug: string | null
  title: string
  abstract: string
  plan: string /* Markdown */
  timeline: string /* Markdown */
  hoursPerWeek: number
  links: string[]
  status: SeedProposalStatus
  submittedAt: string | null /* ISO UTC */
}

export type SeedAcceptance = { proposalKey: string; mentorKey: string; announcementAbstract: string }

export type SeedAnnouncement = {
  slug: string
  title: string
  kind: 'NEWS' | 'STATUS' | 'EVENT' | 'CALL_FOR_PAPERS'
  publishAt: string | null
  body: string /* Markdown */
}

// ---------------------------------------------------------------------------
// Mentors (13, fictional). Exactly one is the org admin.
// ---------------------------------------------------------------------------

export const mentors: SeedMentor[] = [
  { key: 'm-ana', name: 'Ana Ferreira', email: 'ana.ferreira@example.org', country: 'Portugal', githubHandle: 'anaferreira', timeZone: 'Europe/Lisbon', capacity: 2, isAdmin: true },
  { key: 'm-lukas', name: 'Lukas Brenner', email: 'lukas.brenner@example.org', country: 'Germany', githubHandle: 'lbrenner', timeZone: 'Europe/Berlin', capacity: 2 },
  { key: 'm-mei', name: 'Mei Tanaka', email: 'mei.tanaka@example.org', country: 'Japan', githubHandle: 'meitanaka', timeZone: 'Asia/Tokyo', capacity: 1 },
  { key: 'm-oskar', name: 'Oskar Lindqvist', email: 'oskar.lindqvist@example.org', country: 'Sweden', githubHandle: 'olindqvist', timeZone: 'Europe/Stockholm', capacity: 1 },
  { key: 'm-priya', name: 'Priya Raman', email: 'priya.raman@example.org', country: 'India', githubHandle: 'priyaraman', timeZone: 'Asia/Kolkata', capacity: 2 },
  { key: 'm-tomasz', name: 'Tomasz Wrona', email: 'tomasz.wrona@example.org', country: 'Poland', githubHandle: 'twrona', timeZone: 'Europe/Warsaw', capacity: 1 },
  { key: 'm-claire', name: 'Claire Dubois', email: 'claire.dubois@example.org', country: 'France', githubHandle: 'cdubois', timeZone: 'Europe/Paris', capacity: 1 },
  { key: 'm-rafael', name: 'Rafael Ortega', email: 'rafael.ortega@example.org', country: 'Spain', githubHandle: 'rortega', timeZone: 'Europe/Madrid', capacity: 1 },
  { key: 'm-hannah', name: 'Hannah Whitfield', email: 'hannah.whitfield@example.org', country: 'United Kingdom', githubHandle: 'hwhitfield', timeZone: 'Europe/London', capacity: 1 },
  { key: 'm-yuri', name: 'Yuri Sokolenko', email: 'yuri.sokolenko@example.org', country: 'Ukraine', githubHandle: 'ysokolenko', timeZone: 'Europe/Kiev', capacity: 2 },
  { key: 'm-nadia', name: 'Nadia Haddad', email: 'nadia.haddad@example.org', country: 'Canada', githubHandle: 'nhaddad', timeZone: 'America/Toronto', capacity: 1 },
  { key: 'm-marco', name: 'Marco Bellandi', email: 'marco.bellandi@example.org', country: 'Italy', githubHandle: 'mbellandi', timeZone: 'Europe/Rome', capacity: 1 },
  { key: 'm-erik', name: 'Erik Janssen', email: 'erik.janssen@example.org', country: 'Netherlands', githubHandle: 'ejanssen', timeZone: 'Europe/Amsterdam', capacity: 1 },
]

// ---------------------------------------------------------------------------
// Students (26). The first six are the real accepted students of 2011 (names
// only; the remaining profile fields are demo values). The rest are fictional.
// ---------------------------------------------------------------------------

export const students: SeedPerson[] = [
  { key: 's-daniel-castro', name: 'Daniel Castro', email: 'daniel.castro@example.net', country: 'Brazil', school: 'State University of Campinas', timeZone: 'America/Sao_Paulo' },
  { key: 's-daniel-kiper', name: 'Daniel Kiper', email: 'daniel.kiper@example.net', country: 'Poland', school: 'Warsaw University of Technology', timeZone: 'Europe/Warsaw' },
  { key: 's-giorgos-boutsioukis', name: 'Giorgos Boutsioukis', email: 'giorgos.boutsioukis@example.net', country: 'Greece', school: 'National Technical University of Athens', timeZone: 'Europe/Athens' },
  { key: 's-jiageng-yu', name: 'Jiageng Yu', email: 'jiageng.yu@example.net', country: 'China', school: 'Zhejiang University', timeZone: 'Asia/Shanghai' },
  { key: 's-sagar-kadam', name: 'Sagar Kadam', email: 'sagar.kadam@example.net', country: 'India', school: 'University of Pune', timeZone: 'Asia/Kolkata' },
  { key: 's-wei-liu', name: 'Wei Liu', email: 'wei.liu@example.net', country: 'China', school: 'Wuhan University', timeZone: 'Asia/Shanghai' },
  { key: 's-lena-hoffmann', name: 'Lena Hoffmann', email: 'lena.hoffmann@example.net', country: 'Germany', school: 'Technical University of Munich', githubHandle: 'lenahoff', timeZone: 'Europe/Berlin' },
  { key: 's-arjun-mehta', name: 'Arjun Mehta', email: 'arjun.mehta@example.net', country: 'India', school: 'Indian Institute of Technology Bombay', githubHandle: 'arjunm-dev', timeZone: 'Asia/Kolkata' },
  { key: 's-chen-hao', name: 'Chen Hao', email: 'chen.hao@example.net', country: 'China', school: 'Fudan University', githubHandle: 'chenhao-sys', timeZone: 'Asia/Shanghai' },
  { key: 's-sofia-marin', name: 'Sofia Marin', email: 'sofia.marin@example.net', country: 'Romania', school: 'Politehnica University of Bucharest', githubHandle: 'sofiamarin', timeZone: 'Europe/Bucharest' },
  { key: 's-kwame-mensah', name: 'Kwame Mensah', email: 'kwame.mensah@example.net', country: 'Ghana', school: 'Kwame Nkrumah University of Science and Technology', githubHandle: 'kmensah', timeZone: 'Africa/Accra' },
  { key: 's-elif-yilmaz', name: 'Elif Yilmaz', email: 'elif.yilmaz@example.net', country: 'Turkey', school: 'Middle East Technical University', githubHandle: 'elifyz', timeZone: 'Europe/Istanbul' },
  { key: 's-mateo-rossi', name: 'Mateo Rossi', email: 'mateo.rossi@example.net', country: 'Argentina', school: 'University of Buenos Aires', githubHandle: 'mateorossi', timeZone: 'America/Argentina/Buenos_Aires' },
  { key: 's-julia-nowak', name: 'Julia Nowak', email: 'julia.nowak@example.net', country: 'Poland', school: 'AGH University of Science and Technology', githubHandle: 'jnowak-k', timeZone: 'Europe/Warsaw' },
  { key: 's-minh-tran', name: 'Minh Tran', email: 'minh.tran@example.net', country: 'Vietnam', school: 'Hanoi University of Science and Technology', githubHandle: 'minhtran-vn', timeZone: 'Asia/Ho_Chi_Minh' },
  { key: 's-hugo-lefevre', name: 'Hugo Lefevre', email: 'hugo.lefevre@example.net', country: 'France', school: 'Pierre and Marie Curie University', githubHandle: 'hlefevre', timeZone: 'Europe/Paris' },
  { key: 's-aisha-rahman', name: 'Aisha Rahman', email: 'aisha.rahman@example.net', country: 'Bangladesh', school: 'Bangladesh University of Engineering and Technology', githubHandle: 'aisharahman', timeZone: 'Asia/Dhaka' },
  { key: 's-pavel-novak', name: 'Pavel Novak', email: 'pavel.novak@example.net', country: 'Czech Republic', school: 'Czech Technical University in Prague', githubHandle: 'pnovak', timeZone: 'Europe/Prague' },
  { key: 's-laura-gomez', name: 'Laura Gomez', email: 'laura.gomez@example.net', country: 'Colombia', school: 'University of the Andes', githubHandle: 'lauragomez-co', timeZone: 'America/Bogota' },
  { key: 's-kenji-sato', name: 'Kenji Sato', email: 'kenji.sato@example.net', country: 'Japan', school: 'Tokyo Institute of Technology', githubHandle: 'ksato', timeZone: 'Asia/Tokyo' },
  { key: 's-ravi-iyer', name: 'Ravi Iyer', email: 'ravi.iyer@example.net', country: 'India', school: 'Anna University', githubHandle: 'raviiyer', timeZone: 'Asia/Kolkata' },
  { key: 's-nina-petrova', name: 'Nina Petrova', email: 'nina.petrova@example.net', country: 'Bulgaria', school: 'Sofia University', githubHandle: 'npetrova', timeZone: 'Europe/Sofia' },
  { key: 's-tiago-alves', name: 'Tiago Alves', email: 'tiago.alves@example.net', country: 'Portugal', school: 'University of Porto', githubHandle: 'tiagoalves', timeZone: 'Europe/Lisbon' },
  { key: 's-ingrid-berg', name: 'Ingrid Berg', email: 'ingrid.berg@example.net', country: 'Norway', school: 'Norwegian University of Science and Technology', githubHandle: 'ingridberg', timeZone: 'Europe/Oslo' },
  { key: 's-omar-farouk', name: 'Omar Farouk', email: 'omar.farouk@example.net', country: 'Egypt', school: 'Cairo University', timeZone: 'Africa/Cairo' },
  { key: 's-emma-clarke', name: 'Emma Clarke', email: 'emma.clarke@example.net', country: 'Ireland', school: 'Trinity College Dublin', githubHandle: 'emmaclarke', timeZone: 'Europe/Dublin' },
]

// ---------------------------------------------------------------------------
// Ideas (20). The first six are the ideas behind the accepted projects.
// ---------------------------------------------------------------------------

export const ideas: SeedIdea[] = [
  {
    slug: 'seabios-pv-block',
    title: 'PV block device support in SeaBIOS',
    summary: "Teach SeaBIOS to talk to blkback directly so HVM guests can boot from paravirtual disks instead of QEMU's emulated IDE controller.",
    description: `An HVM guest starts out on emulated hardware: the firmware loads the boot sector and the kernel through QEMU's IDE emulation, and only after the operating system brings up its PV drivers does disk I/O move to the fast paravirtual path. Early boot is therefore slow, and the device model has to stay involved for every guest.

This idea adds a small Xen block front end to SeaBIOS. The BIOS detects Xen through the hypervisor CPUID leaves, installs a hypercall page, finds the guest's virtual disks in XenStore and connects to blkback over a single shared ring, using a grant reference for the ring page and an event channel for notifications. BIOS disk services (INT 13h) are then served from that ring.

Deliverables:

- Xen detection and hypercall page setup inside SeaBIOS
- a minimal, polling XenStore client usable from firmware code
- a blkfront driver registered in SeaBIOS's drive table so PV disks show up as boot devices
- a boot-time comparison between emulated and paravirtual disks`,
    skills: ['C', 'x86 assembly', 'SeaBIOS', 'Xen PV drivers'],
    difficulty: 'HARD',
    expectedHours: 300,
    capacity: 1,
    mentorKeys: ['m-lukas', 'm-ana'],
  },
  {
    slug: 'kexec-kdump-recovery',
    title: 'Recovery of crashed Linux guests and dom0 with kexec/kdump',
    summary: 'Make kexec and kdump work for Linux pvops kernels running on Xen, so that a crashed dom0 or guest leaves behind a usable memory dump.',
    description: `When a Linux kernel on Xen panics, all of its state is usually lost. The old forward-ported Xen kernels supported kexec and kdump, but the upstream pvops kernel does not yet, which makes post-mortem debugging of dom0 crashes painful.

Under Xen the machine's memory belongs to the hypervisor, so dom0 cannot simply copy a crash kernel into place and jump to it. Loading and starting the capture kernel has to go through the Xen kexec hypercalls, crash memory must be reserved by the hypervisor, and the dump has to account for the difference between machine and pseudo-physical addresses.

Deliverables:

- kexec hypercall support (load, unload, execute) in the pvops kernel
- integration with kexec-tools for a pvops dom0
- a working \`/proc/vmcore\` in the capture kernel, dumped to disk or over the network
- notes on what a PV domU would need for the same feature`,
    skills: ['C', 'Linux kernel', 'x86 memory management', 'kexec-tools'],
    difficulty: 'HARD',
    expectedHours: 350,
    capacity: 1,
    mentorKeys: ['m-tomasz'],
  },
  {
    slug: 'pv-audio',
    title: 'Paravirtualized audio drivers',
    summary: 'Design a PV sound protocol in the style of the disk, network and console rings, with a Linux front end and a PulseAudio or ALSA back end.',
    description: `Guests that want sound today get it from a card emulated by QEMU, such as the AC97 or ES1370 models. Emulating a sound card register by register is expensive, adds latency, and PV guests have no sound at all.

This idea defines a proper paravirtual audio device. Like blkif and netif, it should use a shared ring of requests and responses, pass audio buffers with grant references, negotiate its parameters through XenStore and signal the other end with event channels.

Deliverables:

- a protocol header for \`xen/include/public/io/\` describing streams, formats and the ring layout
- a Linux front end that registers as an ALSA sound card
- a dom0 back end that plays and records through PulseAudio or ALSA
- latency and CPU-usage measurements against an emulated card`,
    skills: ['C', 'Linux kernel', 'ALSA', 'PulseAudio', 'Xen PV drivers'],
    difficulty: 'MEDIUM',
    expectedHours: 300,
    capacity: 1,
    mentorKeys: ['m-claire'],
  },
  {
    slug: 'linux-stubdoms',
    title: 'Linux-based stub domains',
    summary: 'Run QEMU for an HVM guest inside a small dedicated Linux PV domain instead of Mini-OS, keeping device emulation out of dom0.',
    description: `Stub domains move the device model out of dom0 and into a small PV guest that serves exactly one HVM domain. This improves isolation and spreads the emulation load, but the current stubdom is built on Mini-OS and newlib with an old fork of QEMU, so it lags behind upstream and misses features.

A stub domain made of a trimmed Linux kernel and an initramfs that runs upstream QEMU would inherit Linux's drivers and QEMU's progress for free. The hard parts are keeping the domain small, wiring it into the toolstack, and making save/restore and PCI pass-through work across the extra domain.

Deliverables:

- a minimal kernel configuration and initramfs that starts QEMU as the device model
- libxl support for creating and tearing down a Linux stub domain next to its HVM guest
- working save/restore of a guest served by a Linux stubdom
- PCI pass-through through the stub domain`,
    skills: ['C', 'Linux kernel', 'QEMU', 'libxl'],
    difficulty: 'HARD',
    expectedHours: 350,
    capacity: 1,
    mentorKeys: ['m-oskar', 'm-hannah'],
  },
  {
    slug: 'posix-libc-minios',
    title: 'Port a full POSIX libc to Mini-OS',
    summary: 'Replace newlib in Mini-OS with a more complete POSIX C library so that ordinary Unix software can run as lightweight Xen PV domains.',
    description: `Mini-OS is the tiny PV kernel that ships in the Xen tree and underpins stub domains and PV-GRUB. Its C library is newlib, which only covers part of POSIX, so every program ported to Mini-OS needs hand-written stubs for missing calls.

The goal here is a more complete libc on top of Mini-OS, with file descriptors that map onto Mini-OS devices and with threads mapped onto the Mini-OS scheduler. A good real-world test is to run xenstored in its own domain.

Deliverables:

- a libc port building against Mini-OS in place of newlib
- character and block devices exposed through \`open\`/\`read\`/\`write\` (console, blkfront)
- a pthread layer on top of Mini-OS threads
- xenstored running as a Mini-OS domain`,
    skills: ['C', 'POSIX', 'Mini-OS', 'GNU toolchain'],
    difficulty: 'HARD',
    expectedHours: 325,
    capacity: 1,
    mentorKeys: ['m-rafael'],
  },
  {
    slug: 'virtio-on-xen',
    title: 'VirtIO on Xen',
    summary: 'Let Xen guests use the VirtIO paravirtual I/O framework, with back ends provided by upstream QEMU and configured through the Xen toolstack.',
    description: `VirtIO is the paravirtual I/O framework used by KVM and several other hypervisors, and Linux already ships drivers for virtio-net, virtio-blk and friends. Xen guests instead use the netfront/blkfront family, which means two sets of drivers to maintain and test.

For HVM guests, QEMU can expose virtio-pci devices. The catch is memory access: QEMU on Xen does not have all of guest RAM mapped and must go through the foreign-mapping interface and its mapcache. PV guests have no PCI bus at all, so they would need a transport over XenBus.

Deliverables:

- virtio-pci devices usable by Xen HVM guests in upstream QEMU
- libxl and \`xl\` configuration options for VirtIO disks and NICs
- a design for, and ideally a prototype of, a XenBus transport for PV guests
- benchmarks against netfront and blkfront`,
    skills: ['C', 'QEMU', 'Linux kernel', 'libxl'],
    difficulty: 'MEDIUM',
    expectedHours: 300,
    capacity: 1,
    mentorKeys: ['m-mei', 'm-erik'],
  },
  {
    slug: 'xenpaging-improvements',
    title: 'Improve xenpaging performance and page-selection policy',
    summary: 'Make the xenpaging daemon smarter about which guest pages it evicts and quicker at bringing them back, so memory overcommit becomes practical.',
    description: `xenpaging lets dom0 swap pages of an HVM guest out to a file and fault them back in on demand, using p2m page types and the mem_event ring to coordinate with the hypervisor. It works, but the choice of victim pages is close to random and every page-in is a separate round trip.

This idea is about making paging fast enough to use in production: a better eviction policy, batching, and tools to see what the pager is doing.

Deliverables:

- an approximate-LRU eviction policy driven by access information
- batched and prefetched page-in
- statistics exported for the toolstack
- a benchmark with a memory-hungry guest workload`,
    skills: ['C', 'memory management', 'Xen hypervisor internals'],
    difficulty: 'HARD',
    expectedHours: 300,
    capacity: 2,
    mentorKeys: ['m-yuri'],
  },
  {
    slug: 'xl-feature-parity',
    title: 'Bring xl up to feature parity with xm',
    summary: 'Close the remaining gaps between the libxl-based xl toolstack and the Python xm tool, so that users can finally retire xend.',
    description: `Since Xen 4.1, \`xl\` is the recommended way to manage domains, but people moving from \`xm\` still hit missing subcommands, unsupported config keys and differences in output.

The work is mostly careful engineering: find the gaps, implement them in libxl first and in \`xl\` second, and document the result.

Deliverables:

- a public table comparing every \`xm\` subcommand and config key with its \`xl\` equivalent
- implementations of the most requested missing pieces
- updated man pages
- regression scripts covering the new commands`,
    skills: ['C', 'libxl', 'shell scripting'],
    difficulty: 'EASY',
    expectedHours: 250,
    capacity: 2,
    mentorKeys: ['m-priya'],
  },
  {
    slug: 'libxl-language-bindings',
    title: 'Python and OCaml bindings for libxl',
    summary: 'Generate language bindings for libxl from its IDL so that higher-level tools can drive Xen without shelling out to xl.',
    description: `libxl describes its public data types in an IDL file from which the C type definitions and helpers are generated. The same description could produce bindings for other languages, which management tools written in Python or OCaml would welcome.

Deliverables:

- extensions to the IDL generator for binding output
- a Python extension module covering domain lifecycle and devices
- OCaml bindings following the same structure
- tests that create, pause and destroy a domain through each binding`,
    skills: ['Python', 'OCaml', 'C'],
    difficulty: 'MEDIUM',
    expectedHours: 250,
    capacity: 1,
    mentorKeys: ['m-priya', 'm-marco'],
  },
  {
    slug: 'netback-multiqueue',
    title: 'Multi-queue support for netfront and netback',
    summary: 'Split each virtual network interface across several shared rings and event channels so guest network throughput scales with the number of vCPUs.',
    description: `A Xen virtual NIC uses one transmit ring, one receive ring and one event channel. On guests with many vCPUs, that single path becomes the bottleneck long before the physical NIC does.

This idea extends the netif protocol so front and back end can negotiate several queues through XenStore, each with its own rings and event channel, and teaches netback to service them in parallel.

Deliverables:

- a backwards-compatible protocol extension negotiated in XenStore
- netback changes to serve several queues per interface
- netfront changes to spread flows across queues
- throughput measurements with iperf and netperf`,
    skills: ['C', 'Linux networking', 'Xen PV drivers'],
    difficulty: 'HARD',
    expectedHours: 325,
    capacity: 1,
    mentorKeys: ['m-nadia'],
  },
  {
    slug: 'blkif-discard',
    title: 'Discard (TRIM) support for blkfront and blkback',
    summary: 'Carry discard requests from guests through the PV block protocol so thin-provisioned and SSD-backed storage can reclaim freed blocks.',
    description: `When a guest filesystem frees blocks, the host storage never hears about it: the PV block protocol has no way to express a discard. Thin-provisioned volumes keep growing and SSDs lose performance.

The protocol needs a new request type advertised through a XenStore feature flag, and both ends need to handle it.

Deliverables:

- a discard operation and feature negotiation in the blkif protocol header
- blkfront support, exposing discard to the guest block layer
- blkback support, passing discards down to the backing device
- tests with an LVM thin volume and an SSD`,
    skills: ['C', 'Linux block layer', 'Xen PV drivers'],
    difficulty: 'MEDIUM',
    expectedHours: 250,
    capacity: 1,
    mentorKeys: ['m-lukas'],
  },
  {
    slug: 'xen-arm-cortex-a9',
    title: 'Xen on ARM: bring-up on Cortex-A9 boards',
    summary: 'Help the paravirtualised Xen ARM port boot dom0 and a small PV guest on an affordable Cortex-A9 development board.',
    description: `The Xen ARM port targets ARMv7 processors without hardware virtualisation extensions, so guests are paravirtualised. Most work so far has been done on a few reference platforms, and cheap Cortex-A9 boards would make the port far easier for newcomers to try.

Bringing Xen up on a new board means timer, interrupt controller and UART support in the hypervisor, plus the matching pieces in the dom0 kernel.

Deliverables:

- board support for one Cortex-A9 platform in the hypervisor
- a dom0 Linux kernel booting on that board
- a Mini-OS guest running next to dom0
- a step-by-step wiki page for reproducing the setup`,
    skills: ['C', 'ARM assembly', 'embedded Linux'],
    difficulty: 'HARD',
    expectedHours: 350,
    capacity: 1,
    mentorKeys: ['m-marco'],
  },
  {
    slug: 'xcp-distributed-storage',
    title: 'XCP storage manager plugin for distributed block storage',
    summary: 'Write a storage repository driver for Xen Cloud Platform that keeps VM disks on a distributed block store such as Sheepdog or Ceph RBD.',
    description: `Xen Cloud Platform handles storage through storage manager plugins, written in Python, that implement operations on storage repositories and their virtual disk images. Local, NFS and iSCSI repositories exist, but nothing yet targets the new distributed block stores.

Deliverables:

- an SM plugin implementing create, attach, detach, snapshot and clone
- data path through tapdisk or a kernel block device
- integration with the \`xe\` command line
- a short guide for setting up a test cluster`,
    skills: ['Python', 'storage systems', 'XenAPI'],
    difficulty: 'MEDIUM',
    expectedHours: 275,
    capacity: 1,
    mentorKeys: ['m-erik'],
  },
  {
    slug: 'xentrace-visualisation',
    title: 'Visualisation tools for xentrace and xenalyze',
    summary: 'Turn the binary trace records produced by xentrace into interactive timelines of scheduling decisions, interrupts and VM exits.',
    description: `\`xentrace\` can record a detailed log of what the hypervisor is doing, and \`xenalyze\` summarises it, but looking at a long trace is still a matter of reading text dumps.

A viewer that draws per-pCPU and per-vCPU timelines would make scheduler and latency problems much easier to spot.

Deliverables:

- a reusable parser for xentrace records
- a timeline viewer with zoom and filtering
- views for scheduler events and HVM exits
- documentation with a worked example`,
    skills: ['Python', 'data visualisation', 'Xen scheduler basics'],
    difficulty: 'EASY',
    expectedHours: 200,
    capacity: 1,
    mentorKeys: ['m-hannah'],
  },
  {
    slug: 'vga-passthrough',
    title: 'Reliable graphics pass-through for HVM guests',
    summary: 'Make passing a physical GPU to an HVM guest work on more cards by handling VGA BIOS loading, legacy ranges and device quirks.',
    description: `With an IOMMU, Xen can give an HVM guest direct access to a PCI device. Graphics cards are the awkward case: the guest expects the card's video BIOS, legacy VGA I/O ports and memory windows, and many cards have their own quirks.

Deliverables:

- loading and shadowing of the card's video BIOS for the guest
- forwarding of legacy VGA I/O and memory ranges in the device model
- a quirk table for known problem cards
- a public compatibility matrix`,
    skills: ['C', 'PCI', 'QEMU', 'x86 firmware'],
    difficulty: 'HARD',
    expectedHours: 325,
    capacity: 1,
    mentorKeys: ['m-yuri'],
  },
  {
    slug: 'auto-ballooning-daemon',
    title: 'Automatic memory ballooning policy daemon',
    summary: 'Write a dom0 daemon that watches guest memory pressure through XenStore and moves memory between domains using the balloon driver.',
    description: `The balloon driver lets the toolstack grow and shrink a guest's memory, but somebody has to decide the targets. Today that is usually a human.

A small agent in each guest can publish memory statistics to XenStore, and a policy daemon in dom0 can adjust balloon targets through libxl while respecting per-domain limits.

Deliverables:

- a guest agent publishing memory statistics to XenStore
- a dom0 policy daemon using libxl
- configurable minimum and maximum guarantees per domain
- a simulation harness for tuning the policy`,
    skills: ['C', 'Linux memory management', 'libxl'],
    difficulty: 'MEDIUM',
    expectedHours: 250,
    capacity: 1,
    mentorKeys: ['m-nadia'],
  },
  {
    slug: 'tmem-bsd-client',
    title: 'Transcendent memory client for a BSD guest',
    summary: "Add a Transcendent Memory client to a BSD guest kernel so it can use Xen's hypervisor-managed ephemeral and persistent page pools.",
    description: `Transcendent Memory (tmem) lets guests place clean or swapped pages into pools managed by the hypervisor, making idle memory across the host useful. Linux has clients for it; BSD guests do not.

Deliverables:

- tmem hypercall wrappers for the guest kernel
- an ephemeral pool hooked into the buffer cache
- a persistent pool used as a fast swap tier
- benchmarks with several guests sharing a host`,
    skills: ['C', 'BSD kernel', 'memory management'],
    difficulty: 'HARD',
    expectedHours: 300,
    capacity: 1,
    mentorKeys: ['m-claire'],
  },
  {
    slug: 'pvgrub2',
    title: 'PV-GRUB 2: a GRUB 2 based bootloader for PV guests',
    summary: "Port GRUB 2 to run on Mini-OS as a PV guest bootloader, replacing the GRUB Legacy based PV-GRUB and pygrub's parsing in dom0.",
    description: `pygrub boots PV guests by reading the guest's filesystem from dom0, which means dom0 parses untrusted data. PV-GRUB avoids that by running the bootloader inside the guest domain on Mini-OS, but it is based on GRUB Legacy and does not understand the GRUB 2 configuration that distributions now ship.

Deliverables:

- a GRUB 2 platform port for Xen PV (console and blkfront disk access)
- loading of the selected kernel and initrd into the domain through the Mini-OS domain builder
- 32-bit and 64-bit guest support
- documentation and example configurations`,
    skills: ['C', 'GRUB', 'Mini-OS'],
    difficulty: 'MEDIUM',
    expectedHours: 300,
    capacity: 1,
    mentorKeys: ['m-rafael'],
  },
  {
    slug: 'vtpm-refresh',
    title: 'Refresh the virtual TPM stack',
    summary: "Modernise Xen's virtual TPM support by running the vTPM manager and instances in stub domains and wiring them into the xl toolstack.",
    description: `Xen has had virtual TPM support for years, but it depends on daemons in dom0 and on the old xend toolstack. Moving the vTPM manager and each vTPM instance into Mini-OS stub domains would shrink dom0's trusted base.

Deliverables:

- vTPM manager and instances running as Mini-OS domains
- refreshed tpmfront and tpmback drivers
- \`xl\` configuration support for vTPM devices
- a guide to measured boot in a guest`,
    skills: ['C', 'Trusted Computing', 'Mini-OS'],
    difficulty: 'HARD',
    expectedHours: 325,
    capacity: 1,
    mentorKeys: ['m-tomasz'],
  },
  {
    slug: 'xenstore-benchmarks',
    title: 'XenStore benchmark and stress-test suite',
    summary: 'Build a benchmark and stress-test suite for XenStore that compares the C and OCaml daemons under many domains and heavy transaction load.',
    description: `Every device setup and many toolstack operations go through XenStore, and with hundreds of domains on a host the store can become a bottleneck. Xen ships two implementations, in C and in OCaml, but there is no shared way to measure them.

Deliverables:

- a workload generator simulating many domains and their device setup
- scenarios for transaction conflicts and watch storms
- scripts that produce comparable reports for both daemons
- a write-up of the bottlenecks found`,
    skills: ['C', 'OCaml', 'performance analysis'],
    difficulty: 'EASY',
    expectedHours: 175,
    capacity: 1,
    mentorKeys: ['m-mei', 'm-oskar'],
  },
]

// ---------------------------------------------------------------------------
// Proposals (32): 30 applications (6 ACCEPTED, 24 REJECTED), 1 WITHDRAWN,
// 1 DRAFT. Applications were submitted between 2011-03-28 19:00 UTC and
// the deadline, 2011-04-08 19:00 UTC.
// ---------------------------------------------------------------------------

export const proposals: SeedProposal[] = [
  {
    key: 'p-01',
    studentKey: 's-chen-hao',
    ideaSlug: 'virtio-on-xen',
    title: 'VirtIO devices for Xen HVM guests through QEMU',
    abstract:
      'I want unmodified Linux guests on Xen to be able to use the virtio-net and virtio-blk drivers they already contain. In an HVM guest QEMU can provide the virtio-pci device, so the core of the work is making the QEMU virtio code reach guest memory through the Xen mapcache and adding the matching options to libxl. I wrote a character driver for an operating systems course and have patched QEMU device models before, so both codebases are familiar to me.',
    plan: `- Study how qemu-xen maps guest RAM through the mapcache and list every place where the virtio core assumes a flat mapping.
- Route descriptor, available-ring and used-ring accesses through mapcache helpers.
- Add a VirtIO device type to the libxl device model argument builder and expose it in the \`xl\` config file.
- Compare throughput against netfront and blkfront using iperf and fio.`,
    timeline: `- **Apr 25 – May 22:** build Xen 4.1 and QEMU from source, read the mapcache code, set up a test machine.
- **May 23 – Jun 5:** prototype virtio-blk in an HVM guest with mapcache-based memory access.
- **Jun 6 – Jun 19:** bring up virtio-net the same way.
- **Jun 20 – Jul 3:** libxl and \`xl\` configuration support.
- **Jul 4 – Jul 15:** tidy patches and post an RFC to xen-devel before the mid-term evaluation.
- **Jul 18 – Aug 7:** benchmarks and performance fixes.
- **Aug 8 – Aug 22:** documentation, review comments, final submission.`,
    hoursPerWeek: 35,
    links: ['https://github.com/chenhao-sys'],
    status: 'REJECTED',
    submittedAt: '2011-03-28T21:14:00Z',
  },
  {
    key: 'p-02',
    studentKey: 's-lena-hoffmann',
    ideaSlug: 'seabios-pv-block',
    title: 'Booting HVM guests from PV disks with a SeaBIOS blkfront',
    abstract:
      'HVM guests on Xen load their boot loader and kernel through the emulated IDE controller in QEMU, which is slow and keeps the device model busy even when PV drivers are available later. I propose a minimal blkfront inside SeaBIOS that finds the virtual disks in XenStore, grants one ring page to blkback and answers INT 13h reads through it. I have sent small fixes to coreboot and I am comfortable with real-mode and flat 32-bit firmware code.',
    plan: `- Detect Xen through CPUID and set up the hypercall page early in SeaBIOS's 32-bit init.
- Write a polling XenStore client over the shared store page and event channel given to the guest.
- Implement a read-only blkfront with one ring and a bounce buffer below 1 MiB for INT 13h transfers.
- Register PV disks in the boot menu and measure boot time against emulated IDE.`,
    timeline: `- **Apr 25 – May 22:** read SeaBIOS's disk layer and the blkif protocol header.
- **May 23 – Jun 12:** Xen detection, hypercall page, XenStore reads.
- **Jun 13 – Jul 3:** ring setup, grant table entries and the first successful sector read.
- **Jul 4 – Jul 15:** boot a guest from a PV disk; mid-term evaluation.
- **Jul 18 – Aug 7:** error handling, multiple disks, write support.
- **Aug 8 – Aug 22:** benchmarks and patches for upstream review.`,
    hoursPerWeek: 30,
    links: ['https://github.com/lenahoff'],
    status: 'REJECTED',
    submittedAt: '2011-03-29T08:40:00Z',
  },
  {
    key: 'p-03',
    studentKey: 's-wei-liu',
    ideaSlug: 'virtio-on-xen',
    title: 'Porting VirtIO to Xen',
    abstract:
      'VirtIO has become the common paravirtual I/O interface for Linux guests, yet on Xen guests still rely on the separate netfront and blkfront family. This project makes VirtIO usable on Xen: upstream QEMU will offer virtio-pci devices to HVM guests while accessing their memory through Xen mapping interfaces, the libxl toolstack will learn to configure those devices, and the Linux virtio drivers will be validated on top. I will also study what a XenBus transport for PV guests would require.',
    plan: `- **Memory access:** audit upstream QEMU's virtio core for places that assume guest RAM is mapped contiguously into the QEMU process, and route them through the Xen mapcache with correct unmapping and invalidation.
- **Notifications:** make queue kicks from the guest and interrupts back into it take the cheapest path Xen offers.
- **Toolstack:** add VirtIO disk and NIC options to libxl's device model command line and to the \`xl\` config parser.
- **PV guests:** write a design note on carrying virtio rings over XenBus with grant references, and prototype it if time allows.
- **Evaluation:** compare virtio-net and virtio-blk with netfront and blkfront on the same host.`,
    timeline: `- **Apr 25 – May 22:** community bonding; agree on the design with mentors on xen-devel.
- **May 23 – Jun 5:** virtio-blk for HVM guests with mapcache-based access.
- **Jun 6 – Jun 19:** virtio-net and interrupt delivery.
- **Jun 20 – Jul 3:** libxl and \`xl\` support.
- **Jul 4 – Jul 15:** first patch series posted; mid-term evaluation.
- **Jul 18 – Jul 31:** XenBus transport design note and prototype.
- **Aug 1 – Aug 14:** benchmarks and fixes.
- **Aug 15 – Aug 22:** documentation and final patch series.`,
    hoursPerWeek: 40,
    links: ['https://example.net/wei-liu/virtio-xen'],
    status: 'ACCEPTED',
    submittedAt: '2011-03-29T15:02:00Z',
  },
  {
    key: 'p-04',
    studentKey: 's-aisha-rahman',
    ideaSlug: 'xenpaging-improvements',
    title: 'Access-bit based page selection for xenpaging',
    abstract:
      'xenpaging can evict pages of an HVM guest to a file in dom0, but it chooses victims with almost no knowledge of how the guest uses its memory, so it often evicts pages that are needed again at once. I propose sampling guest page accesses through the mem_access interface and feeding the samples into a clock-style approximate LRU policy, and batching page-in requests to cut the number of trips through the mem_event ring.',
    plan: `- Instrument the current pager to record eviction and page-in rates for a set of reference workloads.
- Periodically mark sampled pages as access-restricted and treat the resulting mem_access events as reference bits.
- Implement a clock policy over the sampled pages and compare it with the existing policy.
- Batch page-in requests that arrive close together and prefetch neighbouring pages.`,
    timeline: `- **Apr 25 – May 22:** reproduce the current xenpaging setup and collect baseline numbers.
- **May 23 – Jun 12:** access sampling through mem_access.
- **Jun 13 – Jul 3:** clock eviction policy.
- **Jul 4 – Jul 15:** mid-term evaluation with first comparison results.
- **Jul 18 – Aug 7:** batched page-in and prefetch.
- **Aug 8 – Aug 22:** final measurements and write-up.`,
    hoursPerWeek: 30,
    links: ['https://github.com/aisharahman'],
    status: 'REJECTED',
    submittedAt: '2011-03-30T06:25:00Z',
  },
  {
    key: 'p-05',
    studentKey: 's-daniel-kiper',
    ideaSlug: 'kexec-kdump-recovery',
    title: 'Recovery of crashed Linux',
    abstract:
      'When a Linux kernel running on Xen panics, the evidence needed to find the bug is normally lost, because kexec and kdump do not yet work with the upstream pvops kernel. This project brings them back. A pvops dom0 will be able to load a capture kernel into memory reserved by the hypervisor, switch to it through the Xen kexec hypercalls after a crash, and save the memory of the failed kernel to a local disk or send it over the network for analysis.',
    plan: `- Port the kexec hypercall glue (load, unload, execute) from the forward-ported Xen kernel to the pvops tree without disturbing the native path.
- Use the hypervisor's crash memory reservation and make its location visible to kexec-tools running in dom0.
- Teach kexec-tools and the \`/proc/vmcore\` code to translate between machine and pseudo-physical addresses so the dump describes the right pages.
- Support dumping to local disk and over the network with makedumpfile.
- Investigate the domU case, where a PV guest restarts into its own capture kernel.`,
    timeline: `- **Apr 25 – May 22:** study the old Xen kexec code and the pvops kernel; build a test machine with serial console.
- **May 23 – Jun 12:** kexec hypercall support in the pvops kernel.
- **Jun 13 – Jun 26:** kexec-tools changes; first successful kexec of a dom0.
- **Jun 27 – Jul 15:** crash path and \`/proc/vmcore\`; mid-term evaluation.
- **Jul 18 – Jul 31:** dumps to disk and over the network.
- **Aug 1 – Aug 14:** domU investigation and testing on more hardware.
- **Aug 15 – Aug 22:** cleanup, documentation and patch submission.`,
    hoursPerWeek: 40,
    links: ['https://example.net/daniel-kiper/xen-kexec'],
    status: 'ACCEPTED',
    submittedAt: '2011-03-30T19:48:00Z',
  },
  {
    key: 'p-06',
    studentKey: 's-arjun-mehta',
    ideaSlug: 'xl-feature-parity',
    title: 'Closing the gap between xm and xl',
    abstract:
      'Many Xen users still run xm because some of the commands and configuration keys they depend on are missing from xl. I will start by building a complete comparison of the two tools, publish it on the wiki, and then implement the missing pieces that users ask about most, adding the logic to libxl first so that other toolstacks benefit too. Each new command will come with a man page entry and a small regression script.',
    plan: `- Parse the \`xm\` help output and config reference into a checklist and mark the state of every item in \`xl\`.
- Rank the gaps by how often they come up on xen-users.
- Implement missing functionality in libxl, then add the \`xl\` front end.
- Write shell-based regression tests that run against a live host.`,
    timeline: `- **Apr 25 – May 22:** build the comparison table and agree on priorities.
- **May 23 – Jun 12:** first batch of missing subcommands.
- **Jun 13 – Jul 3:** missing config keys in the domain config parser.
- **Jul 4 – Jul 15:** mid-term evaluation; patches posted.
- **Jul 18 – Aug 7:** second batch of subcommands and man pages.
- **Aug 8 – Aug 22:** regression scripts and final cleanup.`,
    hoursPerWeek: 30,
    links: ['https://github.com/arjunm-dev'],
    status: 'REJECTED',
    submittedAt: '2011-03-31T11:10:00Z',
  },
  {
    key: 'p-07',
    studentKey: 's-kwame-mensah',
    ideaSlug: 'xl-feature-parity',
    title: 'xl feature parity: CPU pools, pinning and config compatibility',
    abstract:
      'My proposal focuses on the part of the xm to xl migration that bites administrators of larger hosts: CPU pools, vCPU pinning syntax and the handling of older configuration files. I will make xl accept the pinning formats that xm accepted, complete the cpupool subcommands and add warnings for configuration keys that are silently ignored today. I run a small lab of Xen hosts at my university and will test every change there.',
    plan: `- Collect real configuration files from the university lab and from volunteers on xen-users.
- Extend the vCPU pinning parser to accept ranges and exclusions.
- Complete the cpupool subcommands and their libxl support.
- Warn about unknown or ignored config keys instead of dropping them silently.`,
    timeline: `- **Apr 25 – May 22:** gather config files and document current behaviour.
- **May 23 – Jun 12:** pinning syntax.
- **Jun 13 – Jul 3:** cpupool commands.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** config key warnings and compatibility fixes.
- **Aug 8 – Aug 22:** tests, documentation, patch submission.`,
    hoursPerWeek: 25,
    links: ['https://github.com/kmensah'],
    status: 'REJECTED',
    submittedAt: '2011-03-31T22:37:00Z',
  },
  {
    key: 'p-08',
    studentKey: 's-elif-yilmaz',
    ideaSlug: 'xen-arm-cortex-a9',
    title: 'Bringing up Xen ARM on a Cortex-A9 development board',
    abstract:
      'The Xen ARM port would attract many more contributors if it ran on boards that students can afford. I own a dual-core Cortex-A9 board and propose to add the hypervisor support it needs: the generic interrupt controller, the private timers and the UART, followed by the dom0 kernel changes required to boot Linux on top. I have written bare-metal code for this board for an embedded systems course, including a simple interrupt handler and timer driver.',
    plan: `- Get the hypervisor to print over the board's UART from the earliest boot stage.
- Add interrupt controller and timer support, then bring up the second core.
- Port the dom0 kernel patches for the board and boot to a shell.
- Start a Mini-OS guest beside dom0 and document the whole procedure.`,
    timeline: `- **Apr 25 – May 22:** cross toolchain, JTAG setup, read the existing port.
- **May 23 – Jun 12:** early console and memory setup.
- **Jun 13 – Jul 3:** interrupt controller and timers.
- **Jul 4 – Jul 15:** hypervisor reaches dom0 entry point; mid-term evaluation.
- **Jul 18 – Aug 7:** dom0 boots to a shell.
- **Aug 8 – Aug 22:** guest domain, wiki page, patches.`,
    hoursPerWeek: 35,
    links: ['https://github.com/elifyz'],
    status: 'REJECTED',
    submittedAt: '2011-04-01T09:05:00Z',
  },
  {
    key: 'p-09',
    studentKey: 's-giorgos-boutsioukis',
    ideaSlug: 'pv-audio',
    title: 'Paravirtualized Audio',
    abstract:
      'Sound in Xen guests currently comes from cards emulated by QEMU, which costs CPU time, adds latency and is not available to PV guests at all. I will design a paravirtual audio protocol that follows the conventions of the existing block, network and console protocols: a shared ring of requests and responses, buffers passed as grant references, and notifications over an event channel. On top of it I will write a Linux front end that appears as an ALSA sound card and a dom0 back end that plays and records through PulseAudio or ALSA.',
    plan: `- Write the protocol header: stream setup, sample formats and rates, and the request/response layout of the ring.
- Define the XenStore handshake between front and back end, reusing the usual state machine of the other PV devices.
- Implement the Linux front end as an ALSA driver that moves PCM periods through granted pages.
- Implement a user-space back end in dom0 that maps the grants and feeds PulseAudio, with ALSA as a fallback.
- Measure latency and CPU usage against an emulated AC97 card.`,
    timeline: `- **Apr 25 – May 22:** study blkif, netif and the console ring; draft the protocol and discuss it on xen-devel.
- **May 23 – Jun 5:** protocol header and XenStore handshake.
- **Jun 6 – Jun 26:** back end playing a test tone from a ring filled by a test program.
- **Jun 27 – Jul 15:** Linux front end playback path; mid-term evaluation.
- **Jul 18 – Jul 31:** capture path and format negotiation.
- **Aug 1 – Aug 14:** PulseAudio integration and latency tuning.
- **Aug 15 – Aug 22:** measurements, documentation and patch submission.`,
    hoursPerWeek: 40,
    links: ['https://example.net/giorgos/xen-pv-audio'],
    status: 'ACCEPTED',
    submittedAt: '2011-04-01T17:30:00Z',
  },
  {
    key: 'p-10',
    studentKey: 's-minh-tran',
    ideaSlug: 'netback-multiqueue',
    title: 'Multi-queue netfront and netback',
    abstract:
      'A Xen virtual interface has a single pair of rings and a single event channel, so on a guest with eight vCPUs all network traffic still funnels through one path in netback. I propose a protocol extension that lets the front and back end agree on a number of queues through XenStore, with separate rings and event channels per queue, plus the netback and netfront changes that use them. I will evaluate the result with iperf and netperf on a 10 GbE test setup.',
    plan: `- Define new XenStore keys for the number of queues and per-queue ring and event channel references, keeping single-queue guests working.
- Split netback's per-interface state into per-queue state and service queues from separate threads.
- Make netfront select a queue per flow using a hash of the packet headers.
- Run throughput and CPU usage measurements with one to eight queues.`,
    timeline: `- **Apr 25 – May 22:** read netback/netfront, set up a 10 GbE pair of hosts.
- **May 23 – Jun 12:** protocol design and review on xen-devel.
- **Jun 13 – Jul 3:** netback per-queue state.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** netfront changes and flow hashing.
- **Aug 8 – Aug 22:** benchmarks and final patches.`,
    hoursPerWeek: 35,
    links: ['https://github.com/minhtran-vn'],
    status: 'REJECTED',
    submittedAt: '2011-04-02T03:18:00Z',
  },
  {
    key: 'p-11',
    studentKey: 's-sofia-marin',
    ideaSlug: 'vga-passthrough',
    title: 'Making graphics pass-through work with more cards',
    abstract:
      'Graphics pass-through lets an HVM guest drive a real GPU, but it works only with a handful of cards. I propose to load the video BIOS of the passed-through card into the guest, forward the legacy VGA ranges correctly in the device model, and collect per-card quirks in one table. I have two different graphics cards and a VT-d capable machine to test with, and I plan to publish a compatibility list as I go.',
    plan: `- Reproduce pass-through with both test cards and log where each one fails.
- Extract and shadow the video BIOS for the guest.
- Forward legacy VGA I/O ports and the low memory window to the physical card.
- Add a quirk table and a public compatibility list.`,
    timeline: `- **Apr 25 – May 22:** hardware setup and failure logs.
- **May 23 – Jun 12:** video BIOS loading.
- **Jun 13 – Jul 3:** legacy range forwarding.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** quirks for the second card.
- **Aug 8 – Aug 22:** compatibility list and patches.`,
    hoursPerWeek: 30,
    links: ['https://github.com/sofiamarin'],
    status: 'WITHDRAWN',
    submittedAt: '2011-04-02T12:44:00Z',
  },
  {
    key: 'p-12',
    studentKey: 's-jiageng-yu',
    ideaSlug: 'linux-stubdoms',
    title: 'Linux Based Stubdoms',
    abstract:
      'Stub domains take the QEMU device model out of dom0 and run it in a small PV guest dedicated to a single HVM domain, which helps both security and scalability. The existing stubdom is built on Mini-OS and an old fork of QEMU, which limits what it can do. I propose a stub domain made of a stripped-down Linux kernel and an initramfs running upstream QEMU, launched by libxl, with guest save/restore and PCI pass-through working through it.',
    plan: `- Build a minimal Linux kernel with only the PV drivers, the privcmd and event channel devices, and the grant-table device that QEMU needs, plus a tiny initramfs that starts QEMU.
- Let QEMU inside the stub domain map the HVM guest's memory and receive its I/O requests, relying on the privileges the toolstack grants to the stub domain.
- Extend libxl to create the stub domain alongside the HVM guest, pass the QEMU arguments, and clean both up together.
- Make save/restore work by saving the device model state from inside the stub domain.
- Route PCI pass-through through the stub domain and test it with a network card.`,
    timeline: `- **Apr 25 – May 22:** study the Mini-OS stubdom and libxl device model code; agree on the design.
- **May 23 – Jun 5:** minimal kernel and initramfs booting as a PV guest.
- **Jun 6 – Jun 26:** QEMU in the stub domain serving an HVM guest.
- **Jun 27 – Jul 15:** libxl integration; mid-term evaluation.
- **Jul 18 – Jul 31:** save/restore.
- **Aug 1 – Aug 14:** PCI pass-through.
- **Aug 15 – Aug 22:** size reduction, documentation, patches.`,
    hoursPerWeek: 40,
    links: ['https://example.net/jiageng-yu/linux-stubdom'],
    status: 'ACCEPTED',
    submittedAt: '2011-04-03T02:51:00Z',
  },
  {
    key: 'p-13',
    studentKey: 's-pavel-novak',
    ideaSlug: 'blkif-discard',
    title: 'Discard support in the Xen PV block protocol',
    abstract:
      'Guests on thin-provisioned storage never give space back to the host, because blkfront has no way to pass a discard down to blkback. I propose adding a discard request type to the blkif protocol, advertised through a feature key in XenStore, and implementing it in both drivers so that a guest running fstrim actually frees space in an LVM thin pool or on an SSD. I have previously worked on a device-mapper target for a storage course project.',
    plan: `- Add the discard operation and its parameters to the protocol header, with granularity and alignment advertised by the back end.
- Implement the request in blkfront and set the matching queue limits in the guest.
- Implement the request in blkback by issuing discards to the backing device.
- Test on an LVM thin pool, a file-backed disk and an SSD.`,
    timeline: `- **Apr 25 – May 22:** read blkfront/blkback and the block layer discard code.
- **May 23 – Jun 12:** protocol change and review.
- **Jun 13 – Jul 3:** blkback implementation.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** blkfront implementation.
- **Aug 8 – Aug 22:** tests and upstream submission.`,
    hoursPerWeek: 30,
    links: ['https://github.com/pnovak'],
    status: 'REJECTED',
    submittedAt: '2011-04-03T14:20:00Z',
  },
  {
    key: 'p-14',
    studentKey: 's-hugo-lefevre',
    ideaSlug: 'pv-audio',
    title: 'A paravirtual sound card for Xen guests',
    abstract:
      'I would like to give Xen guests a sound device that does not depend on QEMU emulation. My plan is a simple ring protocol carrying PCM buffers in granted pages, a Linux front end driver and a back end running in dom0 that hands the audio to ALSA. I play in a band and care a lot about latency, so I will measure it at every step. I have written an ALSA driver for a USB audio interface as a personal project.',
    plan: `- Specify a minimal protocol with one playback stream and fixed formats.
- Implement the back end first, using a test program to fill the ring.
- Write the Linux front end as an ALSA PCM driver.
- Add capture and more formats once playback is stable.`,
    timeline: `- **Apr 25 – May 22:** protocol draft and feedback.
- **May 23 – Jun 12:** back end.
- **Jun 13 – Jul 3:** front end playback.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** capture and formats.
- **Aug 8 – Aug 22:** latency measurements and documentation.`,
    hoursPerWeek: 30,
    links: ['https://github.com/hlefevre'],
    status: 'REJECTED',
    submittedAt: '2011-04-04T10:12:00Z',
  },
  {
    key: 'p-15',
    studentKey: 's-sagar-kadam',
    ideaSlug: 'posix-libc-minios',
    title: 'Porting Unix libc to Xen PV',
    abstract:
      'Mini-OS is an attractive base for small single-purpose Xen domains, but its newlib C library covers only part of POSIX, so porting real programs means writing stubs by hand. This project replaces newlib with a more complete POSIX libc, adds file-descriptor based access to character and block devices on top of the console and blkfront drivers, and brings multi-threading through a pthread layer on the Mini-OS scheduler. As a realistic test I will port xenstored so it can run in its own PV domain.',
    plan: `- Choose a libc whose system call layer is easy to retarget and build it against the Mini-OS headers in place of newlib.
- Implement the system call layer on top of Mini-OS: memory allocation, time, and a file-descriptor table.
- Back character devices with the console driver and block devices with blkfront, reachable through \`open\`/\`read\`/\`write\`.
- Map pthreads onto Mini-OS threads, including mutexes and condition variables.
- Port xenstored as a demonstrator and run it in its own domain.`,
    timeline: `- **Apr 25 – May 22:** compare candidate libcs and agree on one with mentors.
- **May 23 – Jun 12:** libc building and linking with Mini-OS.
- **Jun 13 – Jun 26:** file-descriptor layer, console and block devices.
- **Jun 27 – Jul 15:** pthread layer; mid-term evaluation.
- **Jul 18 – Aug 7:** xenstored port.
- **Aug 8 – Aug 14:** testing the stub domains built on the new libc.
- **Aug 15 – Aug 22:** documentation and patches.`,
    hoursPerWeek: 40,
    links: ['https://example.net/sagar-kadam/minios-libc'],
    status: 'ACCEPTED',
    submittedAt: '2011-04-04T16:33:00Z',
  },
  {
    key: 'p-16',
    studentKey: 's-chen-hao',
    ideaSlug: 'linux-stubdoms',
    title: 'Upstream QEMU in a Linux stub domain',
    abstract:
      'The Mini-OS based stub domain uses an old QEMU fork, which means HVM guests that use it miss features available in dom0. I propose to build a stub domain from a small Linux kernel and busybox-based initramfs running upstream QEMU, and to teach libxl to start it. My focus will be on keeping the memory footprint low so that one stub domain per guest stays affordable on a busy host.',
    plan: `- Produce a kernel configuration with only the drivers QEMU needs and measure its footprint.
- Build a busybox initramfs that starts QEMU with arguments passed from the toolstack.
- Add a libxl code path for launching the Linux stub domain.
- Measure memory use per guest and trim further.`,
    timeline: `- **Apr 25 – May 22:** study the existing stubdom build.
- **May 23 – Jun 12:** kernel and initramfs.
- **Jun 13 – Jul 3:** QEMU running in the stub domain.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** libxl integration.
- **Aug 8 – Aug 22:** footprint reduction and documentation.`,
    hoursPerWeek: 30,
    links: [],
    status: 'REJECTED',
    submittedAt: '2011-04-05T01:09:00Z',
  },
  {
    key: 'p-17',
    studentKey: 's-arjun-mehta',
    ideaSlug: 'virtio-on-xen',
    title: 'Virtio-net for Xen HVM guests',
    abstract:
      'I propose a narrowly scoped project: get virtio-net working for Xen HVM guests using the device model in QEMU, and make it as fast as the existing netfront path. Focusing on one device type leaves time for performance work such as reducing the cost of queue notifications and mapping ring pages once rather than per packet. I have experience with Linux networking from a packet capture tool I wrote during an internship.',
    plan: `- Enable the virtio-net device for Xen HVM guests in QEMU and fix memory access through the mapcache.
- Keep ring pages mapped persistently instead of mapping them for each access.
- Reduce notification overhead by batching kicks.
- Compare throughput and latency with netfront.`,
    timeline: `- **Apr 25 – May 22:** environment and code reading.
- **May 23 – Jun 12:** working virtio-net device.
- **Jun 13 – Jul 3:** persistent ring mappings.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** notification batching.
- **Aug 8 – Aug 22:** benchmarks and patches.`,
    hoursPerWeek: 25,
    links: [],
    status: 'REJECTED',
    submittedAt: '2011-04-05T07:55:00Z',
  },
  {
    key: 'p-18',
    studentKey: 's-julia-nowak',
    ideaSlug: 'kexec-kdump-recovery',
    title: 'Crash dumps for Xen PV guests',
    abstract:
      'Hosting providers often cannot tell why a customer PV guest crashed, because nothing of its memory survives. I propose to focus on the guest side of crash recovery: letting a PV domU reserve memory for a capture kernel, restart into it after a panic with help from the toolstack, and write its own memory image to a virtual disk. I have used kdump on physical servers at my part-time job and have read the relevant kernel code.',
    plan: `- Define how a PV guest reserves memory for a capture kernel.
- Add a toolstack hook that restarts a crashed guest into its capture kernel instead of destroying it.
- Generate a valid vmcore from the capture kernel.
- Test with the crash utility.`,
    timeline: `- **Apr 25 – May 22:** study kdump internals and the domain crash path.
- **May 23 – Jun 12:** memory reservation.
- **Jun 13 – Jul 3:** toolstack restart hook.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** vmcore generation.
- **Aug 8 – Aug 22:** testing and documentation.`,
    hoursPerWeek: 30,
    links: ['https://github.com/jnowak-k'],
    status: 'REJECTED',
    submittedAt: '2011-04-05T18:26:00Z',
  },
  {
    key: 'p-19',
    studentKey: 's-daniel-castro',
    ideaSlug: 'seabios-pv-block',
    title: 'Add Xen PV block device support to SeaBIOS',
    abstract:
      'Every HVM guest currently boots through the emulated disk controller in QEMU, even if the operating system switches to fast paravirtual drivers later on. I will add a small Xen block front end to SeaBIOS so that guests can boot directly from PV disks. The BIOS will detect Xen, look up the guest virtual disks in XenStore, connect to blkback over a granted ring and answer INT 13h requests through it. I will finish by benchmarking boot time on emulated and PV disks.',
    plan: `- Detect the hypervisor through its CPUID leaves and set up a hypercall page from SeaBIOS.
- Implement a small XenStore client that can read keys and write the front end's state during the handshake.
- Allocate a ring page, grant it to the back end, bind an event channel and reach the connected state with blkback.
- Translate INT 13h read and write requests into ring requests, with bounce buffers in low memory.
- Compare boot times of the same guest with emulated and paravirtual disks.`,
    timeline: `- **Apr 25 – May 22:** learn SeaBIOS internals and the blkif protocol; set up a Xen 4.1 test host.
- **May 23 – Jun 5:** Xen detection and hypercalls from SeaBIOS.
- **Jun 6 – Jun 19:** XenStore client.
- **Jun 20 – Jul 3:** ring setup, grants and event channel.
- **Jul 4 – Jul 15:** first sector read through blkback; mid-term evaluation.
- **Jul 18 – Aug 7:** INT 13h integration and booting a guest from a PV disk.
- **Aug 8 – Aug 22:** benchmarks, cleanup and patches.`,
    hoursPerWeek: 40,
    links: ['https://example.net/daniel-castro/seabios-xen'],
    status: 'ACCEPTED',
    submittedAt: '2011-04-06T00:42:00Z',
  },
  {
    key: 'p-20',
    studentKey: 's-tiago-alves',
    ideaSlug: 'seabios-pv-block',
    title: 'SeaBIOS INT 13h services over Xen blkfront',
    abstract:
      'Booting an HVM guest involves thousands of emulated disk operations that each cost a trip into QEMU. I propose a read-only blkfront in SeaBIOS that is just enough to load a boot loader and kernel from a paravirtual disk, keeping the code small enough to be accepted upstream. I will also look at how the guest operating system can take over the same disk cleanly once its own PV drivers start.',
    plan: `- Minimal Xen detection and XenStore access.
- A read-only ring with a single outstanding request.
- INT 13h read support for a single disk.
- Clean disconnection so the guest's own blkfront can connect afterwards.`,
    timeline: `- **Apr 25 – May 22:** code reading and test setup.
- **May 23 – Jun 12:** detection and XenStore access.
- **Jun 13 – Jul 3:** read-only ring.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** INT 13h and handover to the guest driver.
- **Aug 8 – Aug 22:** testing and patches.`,
    hoursPerWeek: 20,
    links: ['https://github.com/tiagoalves'],
    status: 'REJECTED',
    submittedAt: '2011-04-06T09:15:00Z',
  },
  {
    key: 'p-21',
    studentKey: 's-nina-petrova',
    ideaSlug: 'xenpaging-improvements',
    title: 'Faster page-in for xenpaging',
    abstract:
      'When a guest touches a paged-out page, the vCPU waits while the pager reads the page back from disk, and these stalls dominate the cost of paging. I propose reducing them by batching page-in work, prefetching pages that are likely to be touched next, and keeping the paging file laid out so that related pages are close together on disk. I will measure the effect with a kernel build and a database workload inside the guest.',
    plan: `- Profile the page-in path and record where time is spent.
- Handle several outstanding page-in requests per round trip.
- Prefetch neighbouring guest frames.
- Reorganise the paging file to improve locality.`,
    timeline: `- **Apr 25 – May 22:** profiling setup.
- **May 23 – Jun 12:** profiling results and design.
- **Jun 13 – Jul 3:** batching.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** prefetch and file layout.
- **Aug 8 – Aug 22:** measurements and patches.`,
    hoursPerWeek: 30,
    links: ['https://github.com/npetrova'],
    status: 'REJECTED',
    submittedAt: '2011-04-06T13:58:00Z',
  },
  {
    key: 'p-22',
    studentKey: 's-minh-tran',
    ideaSlug: 'virtio-on-xen',
    title: 'VirtIO block devices on Xen',
    abstract:
      'This proposal concentrates on storage: making virtio-blk devices available to Xen HVM guests through QEMU, including support for multiple disks, cache modes and hot-plug driven by the toolstack. Storage is where guests notice emulation overhead first, and a virtio-blk path would give distributions one fewer driver family to worry about. I have contributed a couple of small patches to QEMU block drivers.',
    plan: `- Make virtio-blk work for HVM guests with guest memory accessed through the mapcache.
- Add disk configuration through libxl, including cache mode selection.
- Support hot-plug through \`xl block-attach\`.
- Benchmark with fio against blkfront.`,
    timeline: `- **Apr 25 – May 22:** environment and code reading.
- **May 23 – Jun 12:** working virtio-blk device.
- **Jun 13 – Jul 3:** libxl configuration.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** hot-plug.
- **Aug 8 – Aug 22:** benchmarks and patches.`,
    hoursPerWeek: 30,
    links: [],
    status: 'REJECTED',
    submittedAt: '2011-04-06T20:03:00Z',
  },
  {
    key: 'p-23',
    studentKey: 's-kenji-sato',
    ideaSlug: 'linux-stubdoms',
    title: 'Linux stub domains for HVM device emulation',
    abstract:
      'I propose replacing the Mini-OS stub domain with one based on Linux so that the device model can be upstream QEMU. My main interest is the boot path: how quickly a Linux stub domain can be ready to serve its guest, and how to make its startup deterministic. I will build the kernel and initramfs as part of the Xen tools build so that distributions can package them easily.',
    plan: `- Integrate the kernel and initramfs build into the tools build system.
- Measure and shorten the time from domain creation to QEMU being ready.
- Add libxl support for choosing between Mini-OS and Linux stub domains.
- Document how distributions can package the result.`,
    timeline: `- **Apr 25 – May 22:** study the build system.
- **May 23 – Jun 12:** build integration.
- **Jun 13 – Jul 3:** QEMU running in the stub domain.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** startup time work and libxl option.
- **Aug 8 – Aug 22:** documentation and patches.`,
    hoursPerWeek: 25,
    links: ['https://github.com/ksato'],
    status: 'REJECTED',
    submittedAt: '2011-04-07T04:37:00Z',
  },
  {
    key: 'p-24',
    studentKey: 's-ravi-iyer',
    ideaSlug: 'posix-libc-minios',
    title: 'A fuller C library for Mini-OS',
    abstract:
      'Porting software to Mini-OS is hard because newlib leaves many POSIX calls unimplemented. I propose to fill the most common gaps directly in the Mini-OS system call layer, covering file descriptors, time functions and basic signals, and to validate the work by running a small set of standard command-line tools inside a PV domain. I have ported programs to a hobby operating system before and know the usual pitfalls.',
    plan: `- List the POSIX calls used by a target set of tools.
- Implement missing calls in the Mini-OS system call layer.
- Add a simple file-descriptor abstraction over the console and blkfront.
- Run the target tools inside a Mini-OS domain.`,
    timeline: `- **Apr 25 – May 22:** gap analysis.
- **May 23 – Jun 12:** file descriptors.
- **Jun 13 – Jul 3:** time functions and signals.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** porting the target tools.
- **Aug 8 – Aug 22:** documentation and patches.`,
    hoursPerWeek: 30,
    links: ['https://github.com/raviiyer'],
    status: 'REJECTED',
    submittedAt: '2011-04-07T10:21:00Z',
  },
  {
    key: 'p-25',
    studentKey: 's-omar-farouk',
    ideaSlug: 'netback-multiqueue',
    title: 'Scaling Xen PV networking with multiple rings',
    abstract:
      'Network-heavy guests on Xen hit a ceiling because each virtual interface is served by a single ring pair and event channel. I propose adding multiple queues to the netif protocol and distributing them across dom0 CPUs, with interrupt affinity set so that each queue is handled close to the vCPU that produced the traffic. I will start with the back end and use a modified test front end until netfront support is ready.',
    plan: `- Design per-queue XenStore keys compatible with existing front ends.
- Give netback one worker per queue and spread them across dom0 CPUs.
- Bind each queue's event channel to a chosen vCPU in the guest.
- Measure scaling with multiple parallel streams.`,
    timeline: `- **Apr 25 – May 22:** study netback and the event channel code.
- **May 23 – Jun 12:** protocol design.
- **Jun 13 – Jul 3:** netback workers.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** netfront support and affinity.
- **Aug 8 – Aug 22:** measurements and patches.`,
    hoursPerWeek: 30,
    links: [],
    status: 'REJECTED',
    submittedAt: '2011-04-07T15:49:00Z',
  },
  {
    key: 'p-26',
    studentKey: 's-mateo-rossi',
    ideaSlug: 'xen-arm-cortex-a9',
    title: 'Xen ARM board support and dom0 bring-up',
    abstract:
      'I propose to port the paravirtualised Xen ARM hypervisor to a low-cost Cortex-A9 board and to bring up a dom0 Linux kernel on it. Beyond getting it to boot, I want to leave behind a clean board abstraction so that the next board takes days rather than weeks. I have experience with U-Boot and with bringing up Linux on custom ARM hardware from a previous internship.',
    plan: `- Separate board-specific code in the port behind a small interface.
- Implement that interface for the Cortex-A9 board.
- Boot dom0 Linux with the port's PV patches.
- Document the porting process for future boards.`,
    timeline: `- **Apr 25 – May 22:** board setup with U-Boot and serial console.
- **May 23 – Jun 12:** board abstraction.
- **Jun 13 – Jul 3:** board support.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** dom0 boot.
- **Aug 8 – Aug 22:** porting guide and patches.`,
    hoursPerWeek: 35,
    links: ['https://github.com/mateorossi'],
    status: 'REJECTED',
    submittedAt: '2011-04-07T22:16:00Z',
  },
  {
    key: 'p-27',
    studentKey: 's-laura-gomez',
    ideaSlug: 'xentrace-visualisation',
    title: 'An interactive timeline viewer for xentrace',
    abstract:
      'Reading xentrace output as text makes it hard to see how vCPUs move between physical CPUs or why a guest stalls. I propose a Python library that parses xentrace records and a browser-based viewer that draws per-CPU and per-vCPU timelines with zoom and filters for scheduler events and HVM exits. I have built visualisation tools for network traces in a research group and would reuse that experience here.',
    plan: `- Write a parser for the binary trace format, validated against xenalyze output.
- Export events in a compact format suitable for the browser.
- Build a timeline view with zoom, pan and filters.
- Add dedicated views for scheduling and VM exits.`,
    timeline: `- **Apr 25 – May 22:** collect sample traces and study the format.
- **May 23 – Jun 12:** parser.
- **Jun 13 – Jul 3:** export format and first timeline.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** filters and specialised views.
- **Aug 8 – Aug 22:** documentation and worked example.`,
    hoursPerWeek: 25,
    links: ['https://github.com/lauragomez-co'],
    status: 'REJECTED',
    submittedAt: '2011-04-08T02:30:00Z',
  },
  {
    key: 'p-28',
    studentKey: 's-pavel-novak',
    ideaSlug: 'virtio-on-xen',
    title: 'A XenBus transport for VirtIO in PV guests',
    abstract:
      'PV guests have no PCI bus, so they cannot use virtio-pci. I propose a virtio transport that uses XenBus instead: the device is discovered and configured through XenStore, the virtqueues live in pages shared with grant references, and notifications travel over event channels. This would let PV guests use the standard Linux virtio drivers, with a back end implemented in QEMU running in dom0.',
    plan: `- Specify the XenStore layout for device discovery and feature negotiation.
- Write the Linux transport driver, registering devices on the virtio bus.
- Add the matching transport to QEMU, mapping granted pages.
- Test with virtio-net and virtio-blk.`,
    timeline: `- **Apr 25 – May 22:** design discussion on xen-devel.
- **May 23 – Jun 12:** specification.
- **Jun 13 – Jul 3:** Linux transport driver.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** QEMU side.
- **Aug 8 – Aug 22:** testing and patches.`,
    hoursPerWeek: 30,
    links: [],
    status: 'REJECTED',
    submittedAt: '2011-04-08T08:12:00Z',
  },
  {
    key: 'p-29',
    studentKey: 's-ingrid-berg',
    ideaSlug: 'pvgrub2',
    title: 'PV-GRUB 2 on Mini-OS',
    abstract:
      'Distributions now ship GRUB 2 configurations, which the GRUB Legacy based PV-GRUB cannot read, so many users fall back to pygrub and its parsing of guest filesystems in dom0. I propose porting GRUB 2 to Mini-OS as a new platform, with console output on the PV console and disk access through blkfront, and loading the chosen kernel with the Mini-OS domain builder. I have contributed a filesystem driver fix to GRUB 2.',
    plan: `- Add a Xen PV platform to the GRUB 2 build.
- Implement console and disk drivers on top of Mini-OS.
- Load the selected kernel and initrd and start them in place of the bootloader.
- Test with several distributions' default configurations.`,
    timeline: `- **Apr 25 – May 22:** study GRUB 2 platform code.
- **May 23 – Jun 12:** platform skeleton and console.
- **Jun 13 – Jul 3:** disk access.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** kernel loading.
- **Aug 8 – Aug 22:** distribution testing and patches.`,
    hoursPerWeek: 30,
    links: ['https://github.com/ingridberg'],
    status: 'REJECTED',
    submittedAt: '2011-04-08T12:47:00Z',
  },
  {
    key: 'p-30',
    studentKey: 's-emma-clarke',
    ideaSlug: 'xl-feature-parity',
    title: 'Completing xl: the missing xm commands',
    abstract:
      'I propose to implement the xm subcommands that xl still lacks, with a particular eye on output formats, since many administrators have scripts that parse xm list and similar commands. Where exact compatibility is not possible I will document the differences clearly. I already use Xen for my final-year project and have submitted a documentation patch for the xl man page.',
    plan: `- Audit output formats of \`xm\` and \`xl\` for the most-used commands.
- Implement missing subcommands in libxl and \`xl\`.
- Offer machine-readable output where scripts depend on it.
- Document differences in a migration guide.`,
    timeline: `- **Apr 25 – May 22:** audit.
- **May 23 – Jun 12:** first subcommands.
- **Jun 13 – Jul 3:** output format work.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** remaining subcommands.
- **Aug 8 – Aug 22:** migration guide and patches.`,
    hoursPerWeek: 25,
    links: ['https://github.com/emmaclarke'],
    status: 'REJECTED',
    submittedAt: '2011-04-08T16:05:00Z',
  },
  {
    key: 'p-31',
    studentKey: 's-chen-hao',
    ideaSlug: 'xenpaging-improvements',
    title: 'Working-set aware eviction for xenpaging',
    abstract:
      'I propose estimating the working set of an HVM guest from the hypervisor side and using that estimate to steer xenpaging, so that pages outside the working set are evicted first and the pager backs off when the guest is actively using most of its memory. The estimate would also be exported to the toolstack, where it could inform ballooning decisions. I have studied working-set estimation in a graduate operating systems seminar.',
    plan: `- Sample page accesses over time windows to estimate the working set.
- Prefer pages outside the estimated working set when evicting.
- Slow down eviction when the working set approaches the memory target.
- Export the estimate to the toolstack.`,
    timeline: `- **Apr 25 – May 22:** literature review and code reading.
- **May 23 – Jun 12:** sampling.
- **Jun 13 – Jul 3:** working-set estimator.
- **Jul 4 – Jul 15:** mid-term evaluation.
- **Jul 18 – Aug 7:** eviction policy changes.
- **Aug 8 – Aug 22:** toolstack export and measurements.`,
    hoursPerWeek: 20,
    links: [],
    status: 'REJECTED',
    submittedAt: '2011-04-08T18:41:00Z',
  },
  {
    key: 'p-32',
    studentKey: 's-emma-clarke',
    ideaSlug: 'tmem-bsd-client',
    title: 'Transcendent memory for FreeBSD guests (draft)',
    abstract:
      'Draft, not submitted. The idea is to add a Transcendent Memory client to the FreeBSD kernel running as a Xen guest: hypercall wrappers first, then an ephemeral pool fed by pages evicted from the buffer cache, and later a persistent pool used as a fast tier in front of swap. I still need to work out how the buffer cache hooks should look and how to measure the benefit on a shared host.',
    plan: `- Hypercall wrappers and pool creation.
- Ephemeral pool behind the buffer cache.
- Persistent pool in front of swap.
- Benchmarks with several guests.`,
    timeline: `- **Apr 25 – May 22:** read the tmem interface.
- **May 23 – Jun 19:** hypercall wrappers.
- **Jun 20 – Jul 15:** ephemeral pool; mid-term evaluation.
- **Jul 18 – Aug 7:** persistent pool.
- **Aug 8 – Aug 15:** benchmarks.
- **Aug 16 – Aug 22:** write-up.`,
    hoursPerWeek: 20,
    links: [],
    status: 'DRAFT',
    submittedAt: null,
  },
]

// ---------------------------------------------------------------------------
// Acceptances (6): one per ACCEPTED proposal, with a mentor of that idea.
// ---------------------------------------------------------------------------

export const acceptances: SeedAcceptance[] = [
  {
    proposalKey: 'p-19',
    mentorKey: 'm-lukas',
    announcementAbstract:
      'Daniel will give SeaBIOS its own Xen block front end, so HVM guests can boot straight from paravirtual disks without going through emulated IDE. The firmware will find its disks by reading XenStore, then talk to blkback over a shared ring. The project ends with a comparison of boot times on emulated and PV disks.',
  },
  {
    proposalKey: 'p-05',
    mentorKey: 'm-tomasz',
    announcementAbstract:
      'Daniel will make kexec and kdump work for the Linux pvops kernel running on the Xen hypervisor. After a crash, the system will switch to a capture kernel that saves the failed kernel\'s memory to disk or sends it over the network, giving developers something concrete to debug.',
  },
  {
    proposalKey: 'p-09',
    mentorKey: 'm-claire',
    announcementAbstract:
      'Giorgos will design a paravirtual audio protocol that follows the shared-ring style of the existing disk, network and console devices. He will also write a Linux front end that appears as an ordinary sound card, and a back end that plays and records through PulseAudio or ALSA.',
  },
  {
    proposalKey: 'p-12',
    mentorKey: 'm-oskar',
    announcementAbstract:
      'Jiageng will build stub domains from a minimal Linux kernel and upstream QEMU. Each one is a small PV guest that runs device emulation for a single HVM guest. The work also covers support for save/restore and PCI pass-through, so guests served this way lose none of their features.',
  },
  {
    proposalKey: 'p-15',
    mentorKey: 'm-rafael',
    announcementAbstract:
      'Sagar will replace newlib in Xen\'s PV environment with a more complete POSIX C library. He will add character and block devices that can be reached through ordinary file descriptors, along with multi-threading support. As a real-world test he will port xenstored so that it runs in its own domain.',
  },
  {
    proposalKey: 'p-03',
    mentorKey: 'm-mei',
    announcementAbstract:
      'Wei will bring the VirtIO paravirtual I/O framework to Xen. This means changing upstream QEMU so it can serve VirtIO devices to Xen guests, and adding support to the Xen tools so the devices can be configured. The existing Linux VirtIO interfaces will then be tested on top.',
  },
]

// ---------------------------------------------------------------------------
// Announcements
// ---------------------------------------------------------------------------

export const acceptedAnnouncementIntro = `The Xen.org community is delighted to welcome six students to Google Summer of Code 2011. This year we listed 20 project ideas and received 30 applications, many of them thoughtful, well researched and clearly the result of long discussions on our mailing lists. Choosing six was not easy.

The projects below span the whole stack, from firmware and the Linux kernel to Mini-OS, QEMU and the toolstack. Each student will be paired with a mentor from the community during the bonding period, which starts today. Please join us in congratulating them, and say hello when you see them on xen-devel and IRC.`

export const acceptedAnnouncementOutro = `Many thanks to our 13 mentors, who read every application, answered questions and spent many evenings on the selection, and to every student who applied. If your proposal was not accepted this time, we hope you will stay around: most of these ideas are still open, patches are welcome all year, and we would be glad to see you apply again next summer.`

export const otherAnnouncements: SeedAnnouncement[] = [
  {
    slug: 'gsoc-2011-applications-closed',
    title: 'GSoC 2011: student applications are closed',
    kind: 'STATUS',
    publishAt: '2011-04-12T10:00:00Z',
    body: `The student application period for Google Summer of Code 2011 closed on April 8. Thanks to everyone who took the time to write a proposal and discuss it with us beforehand.

Here are the figures: we received **30 applications**, and **13 of our 20 listed ideas** drew at least one of them. The most popular idea received **5 applications** on its own, while the others got between one and three each.

Our **13 mentors** are now reading and scoring the proposals and may contact applicants with follow-up questions, so please keep an eye on your inbox. We expect to finish the review within about two weeks, and the accepted students will be announced on April 25.`,
  },
  {
    slug: 'xen-summit-2011-call-for-papers',
    title: 'Xen Summit 2011: call for papers',
    kind: 'CALL_FOR_PAPERS',
    publishAt: '2011-04-19T09:00:00Z',
    body: `The call for papers for this year's Xen Summit is now open. We want to hear from developers, researchers and users about hypervisor internals, PV drivers, toolstacks, the ARM port, XCP and cloud deployments, security, performance work, and lessons from running Xen in production.

Please send a title, a short abstract and a few lines about the speaker by **May 31, 2011 at 20:00 UTC+1**. Talks that report on work in progress are welcome, and so are proposals for panels or short lightning talks.

A program committee drawn from the community will review every submitted topic, compile the agenda from the proposals it selects, and introduce the speakers at the event. Everyone who submits will hear back from the committee shortly after the deadline.`,
  },
  {
    slug: 'xen-at-oscon-2011',
    title: 'Meet Xen.org at OSCON 2011',
    kind: 'EVENT',
    publishAt: '2011-04-28T12:00:00Z',
    body: `Xen.org will have a booth at **OSCON**, running from **July 25 to July 29, 2011**. Stop by to talk about the hypervisor, Xen Cloud Platform, the new \`xl\` toolstack or anything else on your mind.

Community members will be there throughout the conference to show live demos and answer questions. It is also a good chance to meet some of this year's Summer of Code students and mentors in person.

If you would like to help at the booth for a few hours, please say so on the xen-users list and we will add you to the rota.`,
  },
  {
    slug: 'draft-mid-term-report',
    title: 'GSoC 2011 mid-term report (draft)',
    kind: 'NEWS',
    publishAt: '2099-01-01T00:00:00Z',
    body: `*Draft, not for publication yet.* Our six Summer of Code students have reached the middle of the coding period, and all of them passed the mid-term evaluation.

This section will summarise progress on each project, link to the patch series posted to xen-devel so far, and list the goals each student has agreed with their mentor for the second half.

We will close with a thank-you to the reviewers who have been giving the students feedback on their patches.`,
  },
]
