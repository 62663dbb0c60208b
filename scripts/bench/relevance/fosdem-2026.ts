/**
 * 45 queries over FOSDEM 2026 (883 talks, 30 rooms, 60 tracks; the published frab XML in ../shared/data, never
 * copied into the repo): typos of real titles, surnames with and without their accents, room and track names,
 * words out of order, a speaker's given name alone. A room or track name expects that room's first talk by time.
 */
import { importScheduleFile } from '../../import/import-schedule-file'
import { sharedDataFile } from '../../../tests/support/shared-data'
import type { RelevanceSet } from './relevance-set'

export const FOSDEM_2026_FILE = 'fosdem-2026-schedule.xml'

export const fosdem2026: RelevanceSet = {
  name: 'fosdem-2026',
  load() {
    const path = sharedDataFile(FOSDEM_2026_FILE, 'search relevance set=fosdem-2026')
    return path ? importScheduleFile(path).dataset : null
  },
  queries: [
    // Typos of real titles.
    {
      text: 'libreboot free your bois',
      kind: 'typo',
      expected: 'w7m9lv-libreboot-free-your-bios-today',
    },
    { text: 'cascading spy shets', kind: 'typo', expected: 'xgenq8-cascading-spy-sheets' },
    { text: 'valgrnid bsd', kind: 'typo', expected: '383qwl-valgrind-for-the-bsd' },
    { text: 'bizzare software bugs', kind: 'typo', expected: 'gv9pkx-most-bizzare-bugs' },
    { text: 'wayland compositers', kind: 'typo', expected: 'btmdhw-wayland-is-fun' },
    { text: 'quic multipth', kind: 'typo', expected: 'xgkcju-building-quic-multipath' },
    { text: 'teleprotal collaborative editing', kind: 'typo', expected: 'gsnu89-teleportal' },
    {
      text: 'profile guided optimisation go',
      kind: 'typo',
      expected: 'l7xz78-profile-guided-optimization-pgo-in-go-current-state-and-challenges',
    },
    {
      text: 'verifcation linux kernel',
      kind: 'typo',
      expected: '3patru-verification-of-linux-kernel-code',
    },
    { text: 'jupyter gis', kind: 'typo', expected: 'jgkkff-jupytergis' },
    // Surnames, with and without accents.
    { text: 'Bajić', kind: 'surname', expected: 'gv9pkx-most-bizzare-bugs' },
    { text: 'Bajic', kind: 'surname folded', expected: 'gv9pkx-most-bizzare-bugs' },
    { text: 'Ronström', kind: 'surname', expected: '9rjlaq-real-time-ai-powered-by-rondb' },
    { text: 'Ronstrom', kind: 'surname folded', expected: '9rjlaq-real-time-ai-powered-by-rondb' },
    { text: 'Kalouskova', kind: 'surname folded', expected: 'btmdhw-wayland-is-fun' },
    {
      text: 'Żygowski',
      kind: 'surname',
      expected: 'lkwql7-open-source-firmware-for-high-assurance-confidential-infrastructure',
    },
    {
      text: 'Oguz',
      kind: 'surname folded',
      expected: [
        'whhwgt-in-defence-of-gnupg',
        'ujkt3l-dial-up-howto',
        '8edwjt-now-playing-revisited',
      ],
    },
    { text: 'Lawall', kind: 'surname', expected: '3patru-verification-of-linux-kernel-code' },
    { text: 'josefson', kind: 'surname typo', expected: 'zelsb8-guix-containers' },
    { text: 'Pachot', kind: 'surname', expected: 'tcwurn-lsm-vs-btree-rocksdb-wiredtiger' },
    // Rooms and tracks: the first talk there, by time.
    { text: 'Janson', kind: 'room', expected: 'sfkntz-welcome-to-fosdem-2026' },
    { text: 'janson', kind: 'room', expected: 'sfkntz-welcome-to-fosdem-2026' },
    { text: 'La Fontaine', kind: 'room', expected: 'btmdhw-wayland-is-fun' },
    { text: 'K.1.105', kind: 'room', expected: 'btmdhw-wayland-is-fun' },
    { text: 'H.1308', kind: 'room', expected: '8gvbn7-ebpf-hooks-gotchas' },
    {
      text: 'Lameere',
      kind: 'room',
      expected: 'jwx9um-postgres-mysql-two-databases-three-perspectives',
    },
    {
      text: 'Modern Email',
      kind: 'track',
      expected: '387phb-introduction-to-the-modern-email-devroom',
    },
    { text: 'embedded mobile and automotive', kind: 'track', expected: 'djjnhy-c-backtraces' },
    { text: 'Nix and NixOS', kind: 'track', expected: '98mrh8-nixos-opening' },
    { text: 'Geospatial', kind: 'track', expected: 'bdsknu-gis-plugins' },
    { text: 'Local-First, sync engines, CRDTs', kind: 'track', expected: 'tdgh7x-local-first' },
    // Words out of order.
    {
      text: 'editor block based notion',
      kind: 'words out of order',
      expected: 'rj97hh-whats-new-in-blocknote-the-block-based-notion-style-editor',
    },
    {
      text: 'groupware opencloud jmap',
      kind: 'words out of order',
      expected: 'b7axde-opencloud-groupware-jmap',
    },
    {
      text: 'flux sampling metabolic',
      kind: 'words out of order',
      expected: 'mgcgsx-dingo-a-python-package-for-metabolic-flux-sampling',
    },
    {
      text: 'dns encrypted fedora',
      kind: 'words out of order',
      expected:
        'qnzwlg-implementing-encrypted-dns-in-fedora-and-kubernetes-clusters-with-freeipa-dns',
    },
    {
      text: 'boot secure barebox',
      kind: 'words out of order',
      expected: 'szrfkd-barebox-single-image-secure-boot',
    },
    {
      text: 'cold storage cern',
      kind: 'words out of order',
      expected: 'mqmhnm-implementing-s3-fronted-cold-storage-at-cern',
    },
    { text: 'oom go heap profiling', kind: 'words out of order', expected: 'vtxqsk-oomprof' },
    // A speaker's given name alone.
    { text: 'Leah', kind: 'given name', expected: 'w7m9lv-libreboot-free-your-bios-today' },
    { text: 'Ariadne', kind: 'given name', expected: 'elphea-pkgconf-sbom' },
    { text: 'Travis', kind: 'given name', expected: 'jkwgwg-community-moderation-in-matrix' },
    { text: 'Cassidy', kind: 'given name', expected: 'u7abhe-roost-osprey' },
    {
      text: 'Mikael',
      kind: 'given name',
      expected: ['9rjlaq-real-time-ai-powered-by-rondb', '3hcnbh-small-data-dared-to-share'],
    },
    {
      text: 'Özcan',
      kind: 'given name',
      expected: [
        'whhwgt-in-defence-of-gnupg',
        'ujkt3l-dial-up-howto',
        '8edwjt-now-playing-revisited',
      ],
    },
    {
      text: 'Renzo',
      kind: 'given name',
      expected: [
        'dlewqx-imquic-moq',
        't8ymsx-a-toolset-for-the-internet-of-threads-ioth-fine-grained-ipv6-networking-in-user',
        'hzz9wa-what-is-still-missing-in-system-call-tracing',
        'rpqvky-foss-orchestra',
      ],
    },
  ],
}
